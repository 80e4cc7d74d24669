package no.sammen.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who of the organisation's staff attended which training events: the query competence plans count
 * attendance from (ADR 0037). Only events held by today count. The caller audits what it shows.
 */
@Component
public class TrainingAttendance {

    /** A staff member attended an event on this topic on this day. */
    public record Attended(UUID staffId, UUID eventId, TrainingTopic topic, LocalDate heldOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingAttendance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The attendance of these staff members, oldest first. */
    public List<Attended> of(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.staff_id, e.id, e.topic, e.held_on from training_participant p
                join training_event e on e.id = p.event_id
                where p.attended and p.staff_id in (:staff) and e.held_on <= :today
                order by e.held_on, e.id""")
                .param("staff", staffIds).param("today", LocalDate.now(clock))
                .query((rs, i) -> new Attended(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TrainingTopic.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)))
                .list();
    }
}
