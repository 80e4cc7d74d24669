package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which contacts with relatives staff members made: the channel and the day, never the course, the
 * relatives or what was said, so that a competence plan can count a staff member's practice without
 * reading patients (ADR 0035).
 */
@Service
@Transactional(readOnly = true)
public class ContactsMade {

    /** A contact made by a staff member, on its day in Norwegian time. */
    public record Made(UUID staffId, UUID contactId, ContactChannel channel, LocalDate madeOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactsMade(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The contacts these staff members made, oldest first; letters included, with their channel. */
    public List<Made> madeBy(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select staff_id, id, channel, contacted_at from relative_contact
                where staff_id in (:staff) order by contacted_at, created_at""")
                .param("staff", staffIds)
                .query((rs, i) -> new Made(rs.getObject("staff_id", UUID.class), rs.getObject("id", UUID.class),
                        ContactChannel.valueOf(rs.getString("channel")),
                        rs.getObject("contacted_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                                .toLocalDate()))
                .list();
    }
}
