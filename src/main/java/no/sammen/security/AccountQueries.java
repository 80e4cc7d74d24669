package no.sammen.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an account with its roles and units in ONE statement, so that a request never holds two
 * pooled connections at once (Spring Data JDBC reads an aggregate's collections with further
 * queries, and outside a transaction each of them may take a connection of its own while the first
 * is still open). The join repeats the account per role and unit; an account has a handful of each.
 */
@Component
class AccountQueries {

    static final String ACCOUNT_COLUMNS = """
            a.id, a.username, a.display_name, a.password_hash, a.enabled, a.version, r.role, u.unit_id""";

    static final String ACCOUNT_JOINS = """
            left join user_role r on r.user_id = a.id
            left join user_unit u on u.user_id = a.id""";

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountSnapshot> byUsername(String username) {
        if (username == null || username.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from user_account a " + ACCOUNT_JOINS + " where a.username = ?")
                .param(username)
                .query((ResultSetExtractor<Optional<AccountSnapshot>>) rs -> Optional.ofNullable(collect(rs)));
    }

    /** Folds the joined rows of one account into a snapshot; null when there are none. */
    static AccountSnapshot collect(ResultSet rs) throws SQLException {
        AccountRows rows = new AccountRows();
        while (rs.next()) {
            rows.add(rs);
        }
        return rows.snapshot();
    }

    /** The rows of one account, as they come from a query with {@link #ACCOUNT_COLUMNS}. */
    static final class AccountRows {

        private UUID id;
        private String username;
        private String displayName;
        private String passwordHash;
        private boolean enabled;
        private long version;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private final Set<UUID> units = new HashSet<>();

        void add(ResultSet rs) throws SQLException {
            if (id == null) {
                id = rs.getObject("id", UUID.class);
                username = rs.getString("username");
                displayName = rs.getString("display_name");
                passwordHash = rs.getString("password_hash");
                enabled = rs.getBoolean("enabled");
                version = rs.getLong("version");
            }
            String role = rs.getString("role");
            if (role != null) {
                roles.add(Role.valueOf(role));
            }
            UUID unit = rs.getObject("unit_id", UUID.class);
            if (unit != null) {
                units.add(unit);
            }
        }

        AccountSnapshot snapshot() {
            return id == null ? null
                    : new AccountSnapshot(id, username, displayName, passwordHash, enabled, version, roles, units);
        }
    }
}
