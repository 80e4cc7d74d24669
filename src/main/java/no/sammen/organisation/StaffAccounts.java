package no.sammen.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user account a staff member logs in with, kept on the staff row. The staff aggregate does not
 * map the column, so that saving a staff member never touches the link.
 */
@Component
class StaffAccounts {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> staffOfUser(UUID userId) {
        return jdbc.sql("select id from staff where user_id = ?").param(userId).query(UUID.class).optional();
    }

    Optional<UUID> userOfStaff(UUID staffId) {
        return jdbc.sql("select user_id from staff where id = ? and user_id is not null").param(staffId)
                .query(UUID.class).optional();
    }

    /** Staff id to user id, of those of these staff who have an account. */
    Map<UUID, UUID> usersOfStaff(Collection<UUID> staffIds) {
        Map<UUID, UUID> found = new HashMap<>();
        if (staffIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, user_id from staff where id in (:ids) and user_id is not null").param("ids", staffIds)
                .query(rs -> {
                    found.put(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class));
                });
        return found;
    }

    /** Links the account to the staff member, unlinking it from anyone else first; null unlinks. */
    void link(UUID staffId, UUID userId) {
        if (userId != null) {
            jdbc.sql("update staff set user_id = null where user_id = ? and id <> ?").params(userId, staffId).update();
        }
        jdbc.sql("update staff set user_id = ? where id = ?").params(userId, staffId).update();
    }
}
