package no.sammen.security;

import java.util.Set;
import java.util.stream.Collectors;

import no.sammen.shared.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a new installation from {@code SAMMEN_BOOTSTRAP_ADMIN_USERNAME}
 * and {@code SAMMEN_BOOTSTRAP_ADMIN_PASSWORD}, when both are set and no enabled administrator exists
 * yet. The account is made as an administrator would make it (same validation, written to the audit
 * log as made by the system); once an administrator exists, the settings are ignored and may be
 * removed. A setting that does not pass validation stops the start, naming the field but never the
 * password.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdminService users;
    private final JdbcClient jdbc;
    private final String username;
    private final String password;

    FirstAdministrator(UserAdminService users, JdbcClient jdbc,
            @Value("${sammen.bootstrap.admin-username:}") String username,
            @Value("${sammen.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.jdbc = jdbc;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(username, password);
    }

    /** Whether an account was created. */
    boolean ensure(String username, String password) {
        if (username == null || username.isBlank()) {
            return false;
        }
        boolean administratorExists = jdbc.sql("""
                select count(*) from user_role r join user_account a on a.id = r.user_id
                where r.role = 'ADMIN' and a.enabled = true""").query(Long.class).single() > 0;
        if (administratorExists) {
            log.info("An administrator exists; the bootstrap administrator settings are ignored");
            return false;
        }
        try {
            users.create(new UserAdminService.NewUser(username.strip(), "Administrator", password, Set.of(Role.ADMIN),
                    Set.of()));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The bootstrap administrator is not valid: " + e.problems().stream()
                    .map(p -> p.field() + " (" + p.messageKey() + ")").collect(Collectors.joining(", ")), e);
        }
        log.info("Created the first administrator {}", username.strip());
        return true;
    }
}
