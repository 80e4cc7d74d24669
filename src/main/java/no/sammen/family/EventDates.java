package no.sammen.family;

import java.time.LocalDate;
import java.util.List;

import no.sammen.patient.CourseView;
import no.sammen.shared.FieldProblem;

/**
 * The date rule for something that has happened in a course: it is known, not in the future, not
 * before the course started and not after it ended.
 */
final class EventDates {

    private EventDates() {
    }

    /** Adds at most one problem on {@code field}; returns whether the date passed. */
    static boolean check(LocalDate date, CourseView course, LocalDate today, String field, String requiredKey,
            List<FieldProblem> problems) {
        if (date == null) {
            problems.add(FieldProblem.of(field, requiredKey));
        } else if (date.isAfter(today)) {
            problems.add(FieldProblem.of(field, "validation.date.future"));
        } else if (date.isBefore(course.startDate())) {
            problems.add(FieldProblem.of(field, "family.date.beforeStart",
                    FamilyPhrases.DATE.format(course.startDate())));
        } else if (course.endDate() != null && date.isAfter(course.endDate())) {
            problems.add(FieldProblem.of(field, "family.date.afterEnd",
                    FamilyPhrases.DATE.format(course.endDate())));
        } else {
            return true;
        }
        return false;
    }
}
