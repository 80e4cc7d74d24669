package no.sammen.competence;

/** Where a staff member is with one plan item. */
public enum ItemState {
    MISSING,
    PLANNED,
    /** Registered as done; the template asks a leader to confirm it. */
    AWAITING_CONFIRMATION,
    DONE
}
