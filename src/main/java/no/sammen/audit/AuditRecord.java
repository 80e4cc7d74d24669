package no.sammen.audit;

import java.util.UUID;

/**
 * What a module reports to the audit log; who acted and when are added by the log itself.
 *
 * @param unitId     the unit the object belongs to, or null for a list over several units
 * @param patientKey the patient's pseudonym, or null when no single patient is concerned
 * @param details    short free text, e.g. the filters of a list; national ids are masked
 */
public record AuditRecord(AuditAction action, String objectType, String objectId, UUID unitId, String patientKey,
        String details) {
}
