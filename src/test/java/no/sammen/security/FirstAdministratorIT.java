package no.sammen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction that is rolled back, since it disables the test organisation's administrators. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FirstAdministratorIT {

    private static final String PASSWORD = "a-long-first-password";

    @Autowired
    FirstAdministrator first;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void withoutAnAdministratorTheConfiguredOneIsCreatedAndLogged() {
        disableAdministrators();
        String username = "forste-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(first.ensure(username, PASSWORD)).isTrue();

        UUID id = jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class)
                .single();
        assertThat(jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list())
                .containsExactly("ADMIN");
        String hash = jdbc.sql("select password_hash from user_account where id = ?").param(id).query(String.class)
                .single();
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where object_type = 'user_account' and object_id = ?
                and action = 'CREATE' and actor = 'system'""").param(id.toString()).query(Long.class).single())
                .isEqualTo(1);
        // Once there is one, the settings are ignored.
        assertThat(first.ensure("another-" + username, PASSWORD)).isFalse();
    }

    @Test
    void anExistingAdministratorMeansNothingIsCreated() {
        String username = "ignored-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(first.ensure(username, PASSWORD)).isFalse();
        assertThat(first.ensure("", PASSWORD)).isFalse();
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInvalidSettingStopsTheStartNamingTheFieldButNotThePassword() {
        disableAdministrators();
        assertThatThrownBy(() -> first.ensure("ok-name", "short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password").hasMessageNotContaining("short");
        assertThatThrownBy(() -> first.ensure("Not A Name!", PASSWORD))
                .hasMessageContaining("username");
    }

    private void disableAdministrators() {
        jdbc.sql("update user_account set enabled = false where id in (select user_id from user_role where role = 'ADMIN')")
                .update();
    }
}
