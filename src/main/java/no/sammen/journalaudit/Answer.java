package no.sammen.journalaudit;

/** The auditor's answer to one checklist item for one record. */
public enum Answer {
    YES,
    NO,
    /** The item does not apply to this record (e.g. children when the patient has none). */
    NOT_APPLICABLE;

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }
}
