package no.sammen.audit;

import java.time.LocalDate;

/** Filters of the audit log listing; null means "any". Dates are inclusive and read in UTC. */
public record AuditFilter(String actor, String patientKey, AuditAction action, String objectType, LocalDate from,
        LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
