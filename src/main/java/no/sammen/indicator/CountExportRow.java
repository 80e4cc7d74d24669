package no.sammen.indicator;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One part of the organisation and period of a count indicator as exported (ADR 0032): the count and its
 * parts, whether the count was in use there, the unit's goal for the period, and the C chart over the
 * exported periods. Counts of things done are not suppressed.
 *
 * @param unitId   the unit, clinic or trust; null for the region
 * @param unitName its name; null for the region
 * @param count    the count; null when not in use
 * @param parts    the count per part (e.g. INDIVIDUAL, GROUP); empty when not in use
 * @param goal     a unit's goal for the period, or null
 * @param cl       the centre line c̄ of the series' C chart; null when not charted
 * @param signals  {@code sigma} and/or {@code runs}, or empty
 * @param provisional the period has not ended (ADR 0020): no signals, no part in the limits
 */
public record CountExportRow(UUID unitId, String unitName, LocalDate periodStart, LocalDate periodEnd,
        String indicatorId, boolean inUse, Long count, Map<String, Long> parts, Double goal, Double cl, Double lcl,
        Double ucl, String signals, OrgLevel orgLevel, boolean provisional, int catalogVersion) {
}
