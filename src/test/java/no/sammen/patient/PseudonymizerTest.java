package no.sammen.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void isHmacSha256OfTheDigitsUnderTheKey() {
        // Reference value computed independently: HMAC-SHA-256("15038712486") under this key, in hex.
        Pseudonymizer pseudonymizer = new Pseudonymizer(
                new PatientProperties("test-key-with-at-least-thirty-two-characters", false));
        assertThat(pseudonymizer.pseudonymOf("150387 12486", TODAY))
                .isEqualTo("f5318334825b7fff191932d34a09c74f02d7d5f246431a6db355c28ab26a13db");
    }

    @Test
    void differsUnderAnotherKey() {
        Pseudonymizer other = new Pseudonymizer(
                new PatientProperties("another-key-with-at-least-thirty-two-characters", false));
        assertThat(other.pseudonymOf("15038712486", TODAY))
                .isNotEqualTo("f5318334825b7fff191932d34a09c74f02d7d5f246431a6db355c28ab26a13db")
                .hasSize(64);
    }

    @Test
    void refusesTheDevelopmentKeyUnlessAllowed() {
        assertThatThrownBy(() -> new Pseudonymizer(new PatientProperties(Pseudonymizer.DEVELOPMENT_KEY, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAMMEN_PSEUDONYM_KEY");
        assertThat(new Pseudonymizer(new PatientProperties(Pseudonymizer.DEVELOPMENT_KEY, true))
                .pseudonymOf("15038712486", TODAY)).hasSize(64);
    }
}
