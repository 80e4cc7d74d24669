package no.sammen.networkmeeting;

/** Where an invited network meeting stands. Moving from one to another is an ordinary edit. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    NOT_HELD
}
