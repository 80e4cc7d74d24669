package no.sammen.implementation;

/** What an activity of the implementation plan is (seed 001: the half-year plan and the local adaptations). */
public enum ActivityKind {
    TRAINING_SESSION,
    SIMULATION,
    EXPERIENCE_SHARING,
    LOCAL_PROCEDURE,
    RELATIVES_LETTER,
    DIPS_PHRASES,
    OTHER
}
