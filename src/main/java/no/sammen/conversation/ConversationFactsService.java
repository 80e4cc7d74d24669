package no.sammen.conversation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.patient.CourseService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation facts of many courses at once, in two queries whatever their number: for a
 * worklist over a whole unit. Only courses the acting user may read are answered. Not audited: the
 * caller logs the courses it shows.
 */
@Service
public class ConversationFactsService {

    private final JdbcClient jdbc;
    private final CourseService courses;

    ConversationFactsService(JdbcClient jdbc, CourseService courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /** The facts of each readable course among {@code courseIds}; a course with nothing registered is left out. */
    @Transactional(readOnly = true)
    public Map<UUID, ConversationFacts> of(Collection<UUID> courseIds) {
        Set<UUID> readable = courses.readable(courseIds);
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<ConversationKind, LocalDate>> held = new HashMap<>();
        jdbc.sql("""
                select course_id, kind, min(held_on) as first_held from basic_conversation
                where course_id in (:ids) group by course_id, kind""")
                .param("ids", readable)
                .query(rs -> {
                    held.computeIfAbsent(rs.getObject("course_id", UUID.class),
                            id -> new EnumMap<>(ConversationKind.class))
                            .put(ConversationKind.valueOf(rs.getString("kind")),
                                    rs.getObject("first_held", LocalDate.class));
                });
        Map<UUID, LocalDate> plans = new HashMap<>();
        jdbc.sql("""
                select course_id, made_on from crisis_plan
                where course_id in (:ids) and warning_signs is not null and trim(warning_signs) <> ''""")
                .param("ids", readable)
                .query(rs -> {
                    plans.put(rs.getObject("course_id", UUID.class), rs.getObject("made_on", LocalDate.class));
                });
        Map<UUID, ConversationFacts> facts = new HashMap<>();
        for (UUID id : readable) {
            Map<ConversationKind, LocalDate> kinds = held.getOrDefault(id, Map.of());
            LocalDate plan = plans.get(id);
            if (!kinds.isEmpty() || plan != null) {
                facts.put(id, new ConversationFacts(kinds, plan));
            }
        }
        return facts;
    }
}
