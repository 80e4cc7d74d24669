package no.sammen.guideline;

import java.time.LocalDate;

/**
 * What a clinician registers about one recommendation on a course.
 *
 * @param state  required
 * @param on     the day, for offered, started, declined and not available
 * @param reason required for not relevant, optional for declined, dropped otherwise
 */
public record ChecklistRegistration(ChecklistState state, LocalDate on, String reason) {
}
