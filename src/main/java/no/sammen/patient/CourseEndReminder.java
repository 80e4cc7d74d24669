package no.sammen.patient;

import java.util.Optional;

/**
 * Something another module wants settled when a course ends, so that its indicator has no gaps (for
 * example whether a network meeting was invited). The end page lists the reminders, and after the
 * course has ended the user is taken to the first one's page.
 */
public interface CourseEndReminder {

    /** A reminder for this course, or empty when there is nothing to settle. */
    Optional<Reminder> reminder(CourseView course);

    /** A message key saying what to settle, and the page where it is done. */
    record Reminder(String messageKey, String path) {
    }
}
