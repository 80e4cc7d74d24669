package no.sammen.indicator;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.indicator.Suppression.SuppressionReason;

/**
 * An indicator's numerator and denominator for one part of the organisation and one period, as a
 * viewer may see it. A hidden value carries no numbers.
 *
 * @param orgId   the unit, clinic or trust; null for the region
 * @param orgName its name; null for the region
 * @param provisional a window of a course in the period is still open: the value may still fall, so it is
 *                    marked and left out of levels, "latest value" and SPC limits and signals (ADR 0020)
 */
public record ShownValue(String indicatorId, OrgLevel level, UUID orgId, String orgName, PeriodType periodType,
        LocalDate periodStart, LocalDate periodEnd, Long numerator, Long denominator, boolean hidden,
        SuppressionReason reason, boolean provisional) {

    /** Numerator divided by denominator; null when hidden or when the denominator is zero. */
    public Double value() {
        return hidden || denominator == 0 ? null : (double) numerator / denominator;
    }
}
