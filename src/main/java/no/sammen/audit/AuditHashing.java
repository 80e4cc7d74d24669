package no.sammen.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over its fields and the previous entry's hash, each field written
 * with its length so that no two different entries can produce the same input.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    static String hash(AuditEntry e) {
        StringBuilder input = new StringBuilder();
        for (Object field : new Object[] {e.previousHash(), e.seq(), e.occurredAt(), e.actor(), e.actorRoles(),
                e.unitId(), e.patientKey(), e.action(), e.objectType(), e.objectId(), e.details()}) {
            String text = field == null ? "" : field.toString();
            input.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
