package no.sammen.family;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The family facts of a course: the day of the first contact with relatives in Norwegian time, and
 * «no relatives or network». Refreshed whenever a contact or the course's family row is saved.
 */
@Component
class FamilyCourseFacts implements CourseFactContributor {

    /**
     * Contacts are stored as instants; the day is read from the local date-time in Oslo as text,
     * because a cast of a time-zoned value to a date would use the session's time zone on H2.
     */
    private static final String FIRST_CONTACT_ON = """
            (select cast(to_char(min(r.contacted_at) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
                from relative_contact r where r.course_id = course_fact.course_id)""";

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.date("first_contact_on", FIRST_CONTACT_ON),
                CourseFact.flag("no_network", "coalesce((select f.no_network from family_course f"
                        + " where f.course_id = course_fact.course_id), false)"));
    }

    @Component
    static class OnContact extends RefreshAfterSave<RelativeContact> {

        OnContact(CourseFactService facts) {
            super(facts, FamilyCourseFacts.class, RelativeContact::courseId);
        }
    }

    @Component
    static class OnFamily extends RefreshAfterSave<CourseFamily> {

        OnFamily(CourseFactService facts) {
            super(facts, FamilyCourseFacts.class, CourseFamily::courseId);
        }
    }
}
