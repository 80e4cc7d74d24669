package no.sammen.shareddecision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/** The days shared decisions were made, for a move of a course's dates. A day to revisit is planned, not done. */
@Component
class DecisionRegistrationDates implements CourseRegistrationDates {

    private final SharedDecisionRepository decisions;

    DecisionRegistrationDates(SharedDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        return CourseDates.outside(decisions.findByCourseIdOrderByDecidedOnDescCreatedAtDesc(courseId).stream()
                .map(d -> new Dated("shareddecision.dated.decided", d.toView().decidedOn())).toList(), start, end);
    }
}
