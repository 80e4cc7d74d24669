package no.sammen.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log as it is stored. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorRoles, UUID unitId,
        String patientKey, AuditAction action, String objectType, String objectId, String details,
        String previousHash, String entryHash) {
}
