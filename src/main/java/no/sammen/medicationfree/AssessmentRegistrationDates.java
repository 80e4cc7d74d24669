package no.sammen.medicationfree;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/** The days of a course's eligibility assessments, for a move of the course's dates (ADR 0021). */
@Component
class AssessmentRegistrationDates implements CourseRegistrationDates {

    private final AssessmentRepository assessments;

    AssessmentRegistrationDates(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        return CourseDates.outside(assessments.findByCourseIdOrderByCreatedAt(courseId).stream()
                .map(a -> new Dated("medicationfree.dated.assessment", a.assessedOn())).toList(), start, end);
    }
}
