package no.sammen.indicator;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A course behind an indicator value: it is in the denominator, and {@code met} says whether it is in
 * the numerator. Only the id and dates; what a course is called is the patient module's to say.
 *
 * @param endDate null while the course runs
 */
public record IndicatorCourse(UUID courseId, LocalDate startDate, LocalDate endDate, boolean met) {
}
