package no.sammen.medicationfree;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.patient.CourseService;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.FieldProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query a journal audit of medication-free courses draws its sample from (seed 003: «Journalgjennomgang
 * medfrie forløp på Kronstad, n = 15»): the courses of a unit that use or used the medication-free
 * pathway and were active at some time in a period. Read from the course facts (the pathway now, or an
 * eligibility assessment that chose it), then shown through {@code patient}: only courses of the acting
 * user's units, each logged as read in a list. A journal audit module calls it; this module has no page
 * for it.
 */
@Component
public class MedicationFreeCourses {

    private final JdbcClient jdbc;
    private final CourseService courses;

    MedicationFreeCourses(JdbcClient jdbc, CourseService courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /**
     * The unit's medication-free courses active at some time from {@code from} to {@code to} (both
     * included), by start date; empty for a unit that is not the acting user's.
     *
     * @param purpose what the audit log says the list was for (e.g. "journal audit 2026")
     */
    @Transactional
    public List<MedicationFreeCourse> list(UUID unitId, LocalDate from, LocalDate to, String purpose) {
        if (unitId == null || from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException(FieldProblem.of("period", "medicationfree.courses.period"));
        }
        Map<UUID, LocalDate> chosen = new HashMap<>();
        List<UUID> ids = jdbc.sql("""
                        select course_id, medication_free_chosen_on from course_fact
                        where unit_id = :unit and (medication_free = true or medication_free_chosen_on is not null)
                          and start_date <= :to and (end_date is null or end_date >= :from)
                        order by start_date, course_id""")
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> {
                    UUID id = rs.getObject("course_id", UUID.class);
                    chosen.put(id, rs.getObject("medication_free_chosen_on", LocalDate.class));
                    return id;
                }).list();
        return courses.listed(ids, "medication-free courses: " + (purpose == null ? "list" : purpose)).stream()
                .map(course -> new MedicationFreeCourse(course, chosen.get(course.id()))).toList();
    }
}
