package no.sammen.guideline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/**
 * The days of the checklist's registrations (offered, started, declined, found unavailable), for a move
 * of a course's dates. Every row of the history counts: the history is what was registered.
 */
@Component
class ChecklistRegistrationDates implements CourseRegistrationDates {

    private final ChecklistEntryRepository entries;

    ChecklistRegistrationDates(ChecklistEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        return CourseDates.outside(entries.findByCourseIdOrderByRecommendationIdAscSequenceAsc(courseId).stream()
                .filter(e -> e.stateOn() != null)
                .map(e -> new Dated("guideline.dated." + e.state().name(), e.stateOn())).toList(), start, end);
    }
}
