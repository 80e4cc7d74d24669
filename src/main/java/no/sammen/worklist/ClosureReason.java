package no.sammen.worklist;

/** Why a long-stale item is closed (ADR 0019). OTHER needs a note. */
public enum ClosureReason {
    /** Done, but written only in the journal, and when is not known well enough to register it. */
    DONE_NOT_REGISTERED,
    /** The patient did not want it. */
    PATIENT_DECLINED,
    /** Not possible in this course (e.g. no one to invite, the patient too ill for it so far). */
    NOT_POSSIBLE,
    OTHER
}
