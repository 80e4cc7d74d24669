package no.sammen.indicator;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.shared.PageOf;

/**
 * One page of the courses behind one unit's value of an indicator for one period.
 *
 * @param numerator   the value's numerator, whatever the filter: the same as the unit report shows
 * @param denominator the value's denominator, whatever the filter
 * @param courses     the page of courses the filter selects, ordered by placing date
 */
public record IndicatorCourses(String indicatorId, UUID unitId, PeriodType periodType, LocalDate periodStart,
        LocalDate periodEnd, MetFilter filter, long numerator, long denominator, PageOf<IndicatorCourse> courses) {
}
