package no.sammen.imr;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which individual IMR sessions therapists held: the day only, never the course, the module or the
 * user's words, so that a competence plan can count a staff member's practice without reading patients
 * (ADR 0035). A session is held when the user came, as K6 counts it. Sessions of IMR groups are the
 * group programme's, with their leaders, and are not here.
 */
@Service
@Transactional(readOnly = true)
public class ImrSessionsHeld {

    /** A session held by a therapist, who is a user account. */
    public record Held(UUID userId, UUID sessionId, LocalDate heldOn) {
    }

    private final JdbcClient jdbc;

    ImrSessionsHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The individual sessions these therapists held, oldest first. */
    public List<Held> heldBy(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select t.user_id, s.id, s.held_on from imr_session s join imr_session_therapist t "
                + "on t.session_id = s.id where t.user_id in (:users) and s." + ImrSessionCounts.HELD
                + " and s.group_session_id is null order by s.held_on, s.created_at")
                .param("users", userIds)
                .query((rs, i) -> new Held(rs.getObject("user_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
    }
}
