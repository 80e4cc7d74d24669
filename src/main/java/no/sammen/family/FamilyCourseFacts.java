package no.sammen.family;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The family facts of a course: the day of the first contact with relatives in Norwegian time (any
 * channel, as catalog version 1 counts it), the day of the first direct contact (not a letter, which
 * may have been handed to the patient to pass on) and of the first letter (an attempt), and «no
 * relatives or network» with the day it was marked (ADR 0021). Refreshed whenever a contact or the
 * course's family row is saved.
 */
@Component
class FamilyCourseFacts implements CourseFactContributor {

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.date("first_contact_on", firstContact("")),
                CourseFact.date("first_direct_contact_on", firstContact(" and r.channel <> 'LETTER'")),
                CourseFact.date("first_letter_on", firstContact(" and r.channel = 'LETTER'")),
                CourseFact.flag("no_network", "coalesce((select f.no_network from family_course f"
                        + " where f.course_id = course_fact.course_id), false)"),
                CourseFact.date("no_network_on", "(select f.no_network_on from family_course f"
                        + " where f.course_id = course_fact.course_id and f.no_network = true)"));
    }

    /**
     * The day of the course's first contact of the channels {@code channels} selects. Contacts are
     * stored as instants; the day is read from the local date-time in Oslo as text, because a cast of a
     * time-zoned value to a date would use the session's time zone on H2.
     */
    private static String firstContact(String channels) {
        return """
                (select cast(to_char(min(r.contacted_at) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
                    from relative_contact r where r.course_id = course_fact.course_id%s)""".formatted(channels);
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
