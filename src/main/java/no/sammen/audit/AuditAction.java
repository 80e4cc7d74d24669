package no.sammen.audit;

/** What was done to person-level data. */
public enum AuditAction {
    READ,
    LIST,
    CREATE,
    UPDATE,
    VERIFY
}
