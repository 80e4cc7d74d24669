package no.sammen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncodersTest {

    private final PasswordEncoder encoders = SecurityConfiguration.passwordEncoders();

    @Test
    void aStoredHashWithoutItsIdPrefixNeverMatchesAndDoesNotThrow() {
        String bare = encoders.encode("sammen-test-2026").substring("{bcrypt}".length());

        assertThat(encoders.matches("sammen-test-2026", bare)).isFalse();
        assertThat(encoders.matches("sammen-test-2026", "plain text")).isFalse();
    }

    @Test
    void newPasswordsAreBcryptAndMatch() {
        String stored = encoders.encode("sammen-test-2026");

        assertThat(stored).startsWith("{bcrypt}");
        assertThat(encoders.matches("sammen-test-2026", stored)).isTrue();
        assertThat(encoders.matches("wrong", stored)).isFalse();
    }
}
