package no.sammen.indicator;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A count indicator's value for one part of the organisation and one period (ADR 0032). Counts of
 * things done (sessions), not of persons, so they are not suppressed.
 *
 * @param orgId       the unit, clinic or trust; null for the region
 * @param orgName     its name; null for the region
 * @param inUse       whether the count was in use there in the period (for a unit, from the month it began;
 *                    for a clinic, trust or the region, at any of its units): otherwise the count is 0 but
 *                    shown as «not in use»
 * @param count       the sum over the units and months of the period
 * @param parts       the count per part, e.g. INDIVIDUAL and GROUP, in the contributor's order
 * @param goal        for a unit with a goal, the goal's share of the period's months; otherwise null
 * @param provisional the period has not ended: its count may still rise (ADR 0020)
 */
public record CountValue(String indicatorId, OrgLevel level, UUID orgId, String orgName, PeriodType periodType,
        LocalDate periodStart, LocalDate periodEnd, boolean inUse, long count, Map<String, Long> parts, Double goal,
        boolean provisional) {
}
