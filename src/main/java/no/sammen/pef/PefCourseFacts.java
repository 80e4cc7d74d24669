package no.sammen.pef;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The PEF fact of a course: the first day PEF was offered (K5a), as long as the state in force is an
 * offer (offered, accepted or declined); a later «not considered» or «not relevant» takes it back.
 * Refreshed whenever a state is registered.
 */
@Component
class PefCourseFacts implements CourseFactContributor {

    private static final String OFFERED = "('OFFERED', 'ACCEPTED', 'DECLINED')";
    private static final String LATEST = "(select r.state from pef_recruitment r where r.course_id = course_fact.course_id"
            + " order by r.recorded_at desc, r.id desc fetch first 1 row only)";

    @Override
    public List<CourseFact> facts() {
        return List.of(CourseFact.date("pef_offered_on", "case when " + LATEST + " in " + OFFERED
                + " then (select min(o.state_on) from pef_recruitment o where o.course_id = course_fact.course_id"
                + " and o.state in " + OFFERED + ") end"));
    }

    @Component
    static class OnSave extends RefreshAfterSave<Recruitment> {

        OnSave(CourseFactService facts) {
            super(facts, PefCourseFacts.class, Recruitment::courseId);
        }
    }
}
