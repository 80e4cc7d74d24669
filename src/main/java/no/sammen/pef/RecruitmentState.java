package no.sammen.pef;

/** Where a course stands in PEF recruitment. */
public enum RecruitmentState {
    NOT_CONSIDERED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    NOT_RELEVANT;

    /** Whether PEF has been offered in this state (accepted and declined offers were offers). */
    public boolean offered() {
        return this == OFFERED || this == ACCEPTED || this == DECLINED;
    }

    boolean needsDate() {
        return offered();
    }

    boolean needsReason() {
        return this == DECLINED || this == NOT_RELEVANT;
    }
}
