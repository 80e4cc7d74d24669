package no.sammen.guideline;

/**
 * The state of a recommended measure on a course. "Not yet considered" is where every measure starts;
 * registering it again takes back what was registered by mistake.
 */
public enum ChecklistState {
    NOT_CONSIDERED(false, false),
    OFFERED(true, false),
    STARTED(true, false),
    /** Declined by the patient: offered, and the patient said no (a reason may be given). */
    DECLINED(true, false),
    /** Not relevant for this patient: a reason is required, no date. */
    NOT_RELEVANT(false, true),
    /** Not available at this unit: only where the unit lacks the offer. */
    NOT_AVAILABLE(true, false);

    private final boolean dated;
    private final boolean reasonRequired;

    ChecklistState(boolean dated, boolean reasonRequired) {
        this.dated = dated;
        this.reasonRequired = reasonRequired;
    }

    /** Whether it is registered with the day it happened. */
    public boolean dated() {
        return dated;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** Whether a reason is kept: declined (optional) and not relevant (required). */
    public boolean takesReason() {
        return this == DECLINED || this == NOT_RELEVANT;
    }

    /** Whether the state says the measure was offered to the patient (offered, started or declined). */
    public boolean offered() {
        return this == OFFERED || this == STARTED || this == DECLINED;
    }
}
