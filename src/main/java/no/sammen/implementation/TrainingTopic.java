package no.sammen.implementation;

/**
 * What a training event teaches. A competence plan item may say that attending an event on its topic
 * completes it (ADR 0037), which is why the topics are few and fixed.
 */
public enum TrainingTopic {
    /** Systematic collaboration with relatives and the three basic conversations. */
    FAMILY_COLLABORATION,
    /** Health care simulation (VR). */
    SIMULATION,
    PEF,
    IMR,
    MEDICATION_FREE,
    SHARED_DECISIONS,
    OTHER
}
