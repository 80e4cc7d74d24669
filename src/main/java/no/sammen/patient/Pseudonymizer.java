package no.sammen.patient;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/** HMAC-SHA-256 of a national id under the configured key, as 64 lower-case hex digits. */
@Component
public class Pseudonymizer {

    /** The key in application.yml for development and demo; refused unless explicitly allowed. */
    static final String DEVELOPMENT_KEY = "sammen-development-key-not-for-production-use";

    private final SecretKeySpec key;

    Pseudonymizer(PatientProperties properties) {
        if (DEVELOPMENT_KEY.equals(properties.pseudonymKey()) && !properties.developmentKeyAllowed()) {
            throw new IllegalStateException("The development pseudonym key is not allowed here: set "
                    + "SAMMEN_PSEUDONYM_KEY to a secret of at least 32 characters");
        }
        this.key = new SecretKeySpec(properties.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The pseudonym of a national id given as text, for bulk loads (demo data, imports) that bypass
     * the course service; the id is validated first.
     */
    public String pseudonymOf(String nationalId, java.time.LocalDate today) {
        return pseudonym(NationalId.parse(nationalId, "nationalId", today));
    }

    String pseudonym(NationalId id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(id.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
