package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.patient.CourseService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network meeting facts of many courses at once, in one query whatever their number: for a
 * worklist over a whole unit. Only courses the acting user may read are answered. Not audited: the
 * caller logs the courses it shows.
 */
@Service
public class MeetingFactsService {

    private final JdbcClient jdbc;
    private final CourseService courses;

    MeetingFactsService(JdbcClient jdbc, CourseService courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /** The facts of each readable course among {@code courseIds}; a course with no registration is left out. */
    @Transactional(readOnly = true)
    public Map<UUID, MeetingFacts> of(Collection<UUID> courseIds) {
        Set<UUID> readable = courses.readable(courseIds);
        if (readable.isEmpty()) {
            return Map.of();
        }
        var state = new Object() {
            final Map<UUID, LocalDate> done = new HashMap<>();
            final Map<UUID, NotInvitedReason> firstReason = new HashMap<>();
            final Map<UUID, Boolean> anyInvited = new HashMap<>();
        };
        jdbc.sql("""
                select course_id, invited, status, invited_on, held_on, not_invited_reason from network_meeting
                where course_id in (:ids) order by course_id, created_at""")
                .param("ids", readable)
                .query(rs -> {
                    UUID id = rs.getObject("course_id", UUID.class);
                    boolean invited = rs.getBoolean("invited");
                    String status = rs.getString("status");
                    LocalDate done = MeetingStatus.HELD.name().equals(status) ? rs.getObject("held_on", LocalDate.class)
                            : MeetingStatus.NOT_HELD.name().equals(status) ? rs.getObject("invited_on", LocalDate.class)
                            : null;
                    if (done != null) {
                        state.done.merge(id, done, (a, b) -> a.isBefore(b) ? a : b);
                    }
                    if (!state.anyInvited.containsKey(id)) {
                        // The first registration's reason, as the course page shows it.
                        String reason = rs.getString("not_invited_reason");
                        if (reason != null) {
                            state.firstReason.put(id, NotInvitedReason.valueOf(reason));
                        }
                    }
                    state.anyInvited.merge(id, invited, Boolean::logicalOr);
                });
        Map<UUID, MeetingFacts> facts = new HashMap<>();
        for (UUID id : state.anyInvited.keySet()) {
            facts.put(id, new MeetingFacts(state.done.get(id),
                    state.anyInvited.get(id) ? null : state.firstReason.get(id)));
        }
        return facts;
    }
}
