package no.sammen.security;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user accounts by name, for an administrator who links an account to a staff member. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    /** An account as a choice: its id, the name shown and the user name. */
    public record AccountChoice(UUID id, String displayName, String username) {
    }

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled accounts, by name. */
    public List<AccountChoice> enabled() {
        return jdbc.sql("select id, display_name, username from user_account where enabled = true "
                + "order by display_name, username")
                .query((rs, i) -> new AccountChoice(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("username")))
                .list();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from user_account where id = ?").param(id).query(Long.class).single() > 0;
    }
}
