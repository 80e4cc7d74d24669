package no.sammen.indicator;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An indicator's numerator and denominator for one part of the organisation and one period.
 *
 * @param orgId   the unit, clinic or trust; null for the region
 * @param orgName its name; null for the region
 */
public record IndicatorValue(String indicatorId, OrgLevel level, UUID orgId, String orgName, LocalDate periodStart,
        LocalDate periodEnd, long numerator, long denominator) {

    /** Numerator divided by denominator; null when the denominator is zero. */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
