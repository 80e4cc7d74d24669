package no.sammen.medicationfree;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The first day an assessment found the course eligible for the medication-free pathway: with the
 * pathway the course is on now (a fact of {@code patient}), what the report counts as a
 * medication-free course, so that a course that returned to the ordinary pathway still counts as
 * having used it. Refreshed whenever an assessment is saved.
 */
@Component
class MedicationFreeCourseFacts implements CourseFactContributor {

    @Override
    public List<CourseFact> facts() {
        return List.of(CourseFact.date("medication_free_chosen_on", "(select min(a.assessed_on)"
                + " from medication_free_assessment a where a.course_id = course_fact.course_id and a.eligible = true)"));
    }

    @Component
    static class OnSave extends RefreshAfterSave<Assessment> {

        OnSave(CourseFactService facts) {
            super(facts, MedicationFreeCourseFacts.class, Assessment::courseId);
        }
    }
}
