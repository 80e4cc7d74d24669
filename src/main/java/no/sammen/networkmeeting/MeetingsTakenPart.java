package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which network meetings staff members took part in: held meetings only, by day, never the course or
 * the network, so that a competence plan can count a staff member's practice without reading patients
 * (ADR 0035).
 */
@Service
@Transactional(readOnly = true)
public class MeetingsTakenPart {

    /** A held meeting that names the staff member. */
    public record TakenPart(UUID staffId, UUID meetingId, LocalDate heldOn) {
    }

    private final JdbcClient jdbc;

    MeetingsTakenPart(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The held meetings these staff members took part in, oldest first. */
    public List<TakenPart> takenPartBy(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select staff_id, id, held_on from network_meeting
                where staff_id in (:staff) and status = 'HELD' and held_on is not null
                order by held_on, created_at""")
                .param("staff", staffIds)
                .query((rs, i) -> new TakenPart(rs.getObject("staff_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
    }
}
