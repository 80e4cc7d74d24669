package no.sammen.conversation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which basic conversations staff members held: the kind and the day, never the course or what was
 * said, so that a competence plan can count a staff member's practice without reading patients.
 */
@Service
@Transactional(readOnly = true)
public class HeldConversations {

    /** A conversation held by a staff member. */
    public record Held(UUID staffId, UUID conversationId, ConversationKind kind, LocalDate heldOn) {
    }

    private final JdbcClient jdbc;

    HeldConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conversations these staff members held, oldest first. */
    public List<Held> heldBy(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select staff_id, id, kind, held_on from basic_conversation
                where staff_id in (:staff) order by held_on, created_at""")
                .param("staff", staffIds)
                .query((rs, i) -> new Held(rs.getObject("staff_id", UUID.class), rs.getObject("id", UUID.class),
                        ConversationKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class)))
                .list();
    }
}
