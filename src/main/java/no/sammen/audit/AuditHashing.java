package no.sammen.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The hashes of the audit log (ADR 0003, ADR 0012). Every field is written with its length, so that
 * no two different entries give the same input.
 * <ul>
 * <li>An entry written before the keyed chain carries SHA-256 over its fields and the previous entry's
 * hash ({@link #legacyHash}).</li>
 * <li>An entry written since carries an HMAC-SHA-256 of its own fields under the audit key
 * ({@link #entryMac}); it is computed when the entry is written, without knowing any other entry.</li>
 * <li>A link puts one entry at one position of the chain: HMAC over the position, the entry's number
 * and stored hash, and the previous link's MAC ({@link #linkMac}).</li>
 * </ul>
 */
@Component
class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    /** The key in application.yml for development and demo; refused unless explicitly allowed. */
    static final String DEVELOPMENT_KEY = "sammen-development-audit-key-not-for-production-use";

    private final SecretKeySpec key;

    AuditHashing(AuditProperties properties) {
        if (DEVELOPMENT_KEY.equals(properties.hmacKey()) && !properties.developmentKeyAllowed()) {
            throw new IllegalStateException("The development audit key is not allowed here: set SAMMEN_AUDIT_KEY "
                    + "to a secret of at least 32 characters, kept outside the database");
        }
        this.key = new SecretKeySpec(properties.hmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The SHA-256 chain hash of an entry written before the keyed chain (previous hash included). */
    static String legacyHash(AuditEntry e) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input(e.previousHash(), e).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The keyed hash of an entry's own fields. */
    String entryMac(AuditEntry e) {
        return mac("entry|" + input(null, e));
    }

    /** The keyed hash of the link that puts entry {@code seq}, with stored hash {@code entryHash}, at {@code pos}. */
    String linkMac(long pos, long seq, String entryHash, String previousMac) {
        return mac("link|" + field(pos) + field(seq) + field(entryHash) + field(previousMac));
    }

    /** The hash this entry should carry, in the way it was written. */
    String expectedHash(AuditEntry e) {
        return e.previousHash() == null ? entryMac(e) : legacyHash(e);
    }

    private String mac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", ex);
        }
    }

    private static String input(String previousHash, AuditEntry e) {
        StringBuilder input = new StringBuilder();
        Object[] fields = {e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.unitId(), e.patientKey(),
            e.action(), e.objectType(), e.objectId(), e.details()};
        if (previousHash != null) {
            input.append(field(previousHash));
        }
        for (Object f : fields) {
            input.append(field(f));
        }
        return input.toString();
    }

    private static String field(Object field) {
        String text = field == null ? "" : field.toString();
        return (field == null ? -1 : text.length()) + ":" + text + "|";
    }
}
