package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * The family facts of many courses at once, in two queries whatever their number: for a worklist
 * over a whole unit. Only courses the acting user may read are answered. Not audited: the caller logs
 * the courses it shows.
 */
@Service
public class FamilyFactsService {

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final Clock clock;

    FamilyFactsService(JdbcClient jdbc, CourseService courses, Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.clock = clock;
    }

    /** The facts of each readable course among {@code courseIds}; a course with nothing registered is left out. */
    @Transactional(readOnly = true)
    public Map<UUID, FamilyFacts> of(Collection<UUID> courseIds) {
        Set<UUID> readable = courses.readable(courseIds);
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Boolean> noNetwork = new HashMap<>();
        jdbc.sql("select course_id from family_course where course_id in (:ids) and no_network = true")
                .param("ids", readable)
                .query(rs -> {
                    noNetwork.put(rs.getObject("course_id", UUID.class), true);
                });
        Map<UUID, LocalDate> firstContact = new HashMap<>();
        jdbc.sql("""
                select course_id, min(contacted_at) as first_at from relative_contact
                where course_id in (:ids) group by course_id""")
                .param("ids", readable)
                .query(rs -> {
                    firstContact.put(rs.getObject("course_id", UUID.class), rs.getObject("first_at",
                            OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate());
                });
        Map<UUID, FamilyFacts> facts = new HashMap<>();
        for (UUID id : readable) {
            if (noNetwork.containsKey(id) || firstContact.containsKey(id)) {
                facts.put(id, new FamilyFacts(noNetwork.containsKey(id), firstContact.get(id)));
            }
        }
        return facts;
    }
}
