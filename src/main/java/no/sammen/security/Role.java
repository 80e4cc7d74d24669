package no.sammen.security;

/** What a user may do; which units they may do it in is a separate membership. */
public enum Role {
    CLINICIAN,
    COORDINATOR,
    LEADER,
    ANALYST,
    ADMIN
}
