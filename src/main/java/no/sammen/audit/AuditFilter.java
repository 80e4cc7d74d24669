package no.sammen.audit;

import java.time.LocalDate;

/**
 * Filters of the audit log listing; null means "any". Dates are inclusive and read in Norwegian time
 * (the application clock's zone), as the log's pages show the times.
 *
 * @param upToSeq only entries up to this sequence number, so that a pager shows the same entries
 *                while new ones are written (looking at the log writes one itself)
 */
public record AuditFilter(String actor, String patientKey, AuditAction action, String objectType, LocalDate from,
        LocalDate to, Long upToSeq) {

    public AuditFilter(String actor, String patientKey, AuditAction action, String objectType, LocalDate from,
            LocalDate to) {
        this(actor, patientKey, action, objectType, from, to, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
