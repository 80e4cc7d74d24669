package no.sammen.implementation;

/** Where an activity of the implementation plan stands. */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
