package no.sammen.shareddecision;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The shared decision facts of a course: the first day a shared decision was documented (indicator K7)
 * and, for the worklist, the day to revisit the latest decision (the latest decided; of two on one day,
 * the one documented last). Refreshed whenever a decision is saved.
 */
@Component
class DecisionCourseFacts implements CourseFactContributor {

    private static final String OF_COURSE = " from shared_decision d where d.course_id = course_fact.course_id";

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.date("shared_decision_on", "(select min(d.decided_on)" + OF_COURSE + ")"),
                CourseFact.date("shared_decision_revisit_on", "(select d.revisit_on" + OF_COURSE
                        + " order by d.decided_on desc, d.created_at desc, d.id desc fetch first 1 row only)"));
    }

    @Component
    static class OnSave extends RefreshAfterSave<SharedDecision> {

        OnSave(CourseFactService facts) {
            super(facts, DecisionCourseFacts.class, SharedDecision::courseId);
        }
    }
}
