package no.sammen.audit;

/** What was done to person-level data, or to the organisation and its users. */
public enum AuditAction {
    READ,
    LIST,
    CREATE,
    UPDATE,
    DELETE,
    VERIFY,
    /** The audit chain's head written outside the database. */
    ANCHOR
}
