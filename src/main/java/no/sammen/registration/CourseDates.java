package no.sammen.registration;

import java.time.LocalDate;
import java.util.List;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.patient.CourseView;
import no.sammen.shared.FieldProblem;

/**
 * The one date rule for something done in a course (a contact, a conversation, a consent, a meeting
 * held): it is not in the future, and it lies inside the course, from its start to its end or, while
 * it is active, to today. A date outside the course gets one message that names the dates it must lie
 * between, whichever side it missed.
 */
public final class CourseDates {

    public static final String FUTURE = "validation.date.future";
    public static final String OUTSIDE_COURSE = "registration.date.outsideCourse";

    private CourseDates() {
    }

    /**
     * Adds at most one problem on {@code field}: {@code requiredKey} when there is no date (null: a
     * missing date is the caller's business and passes), {@link #FUTURE}, or {@link #OUTSIDE_COURSE}
     * with the first and last allowed day. Returns whether the date passed.
     */
    public static boolean doneInCourse(LocalDate date, LocalDate courseStart, LocalDate courseEnd, LocalDate today,
            String field, String requiredKey, List<FieldProblem> problems) {
        if (date == null) {
            if (requiredKey == null) {
                return true;
            }
            problems.add(FieldProblem.of(field, requiredKey));
        } else if (date.isAfter(today)) {
            problems.add(FieldProblem.of(field, FUTURE));
        } else if (!inCourse(date, courseStart, courseEnd)) {
            LocalDate last = courseEnd == null || courseEnd.isAfter(today) ? today : courseEnd;
            problems.add(FieldProblem.of(field, OUTSIDE_COURSE, NorwegianDates.format(courseStart),
                    NorwegianDates.format(last)));
        } else {
            return true;
        }
        return false;
    }

    /**
     * Whether a day lies inside a course from {@code courseStart} to {@code courseEnd} (null: still
     * going), both included: the rule of {@link #doneInCourse}, without the check against today.
     */
    public static boolean inCourse(LocalDate date, LocalDate courseStart, LocalDate courseEnd) {
        return !(courseStart != null && date.isBefore(courseStart) || courseEnd != null && date.isAfter(courseEnd));
    }

    /**
     * Of a course's dated registrations, those that would lie outside a course from {@code start} to
     * {@code end} (null: still going), earliest first: what a module answers when a course's dates
     * are to be moved ({@link CourseRegistrationDates}).
     */
    public static List<CourseRegistrationDates.Dated> outside(List<CourseRegistrationDates.Dated> registrations,
            LocalDate start, LocalDate end) {
        return registrations.stream().filter(r -> r.date() != null && !inCourse(r.date(), start, end))
                .sorted(java.util.Comparator.comparing(CourseRegistrationDates.Dated::date)).toList();
    }

    /** The same for a course as other modules see it. */
    public static boolean doneInCourse(LocalDate date, CourseView course, LocalDate today, String field,
            String requiredKey, List<FieldProblem> problems) {
        return doneInCourse(date, course.startDate(), course.endDate(), today, field, requiredKey, problems);
    }
}
