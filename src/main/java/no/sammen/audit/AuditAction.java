package no.sammen.audit;

/** What was done to person-level data. */
public enum AuditAction {
    READ,
    LIST,
    CREATE,
    UPDATE,
    VERIFY,
    /** The audit chain's head written outside the database. */
    ANCHOR
}
