package no.sammen.journalaudit;

/** Which courses of a unit a round draws its sample from. */
public enum Population {
    /** Psychosis courses (F20–F29) that started in the period. */
    STARTED_PSYCHOSIS,
    /** Psychosis courses that ended in the period. */
    ENDED_PSYCHOSIS,
    /** Courses that use or used the medication-free pathway and were active at some time in the period. */
    MEDICATION_FREE
}
