package no.sammen.indicator;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One part of the organisation and period of an indicator as it may be exported to the viewer. A hidden (suppressed)
 * cell has no numerator, denominator, value, level, limits or signals.
 *
 * @param unitId   the unit, clinic or trust; null for the region
 * @param unitName its name; null for the region
 * @param clinicId the clinic of a unit, the trust of a clinic; otherwise null
 * @param level   GREEN, YELLOW or RED by the catalog's target levels and direction; null without a value
 * @param cl      the centre line of the unit's P chart over the exported periods; null when not charted
 * @param signals {@code sigma} (outside the limits) and/or {@code runs} (non-random runs), or empty
 * @param orgLevel the level of the organisation the row is for
 * @param provisional a window of a course in the period is still open (ADR 0020): the value may still fall;
 *                    it has no level and no signals, and takes no part in the P chart's limits
 * @param phase    for a unit whose implementation started inside the exported periods, {@code before} or
 *                 {@code after}: the P chart is split there, as on the page; otherwise null
 * @param excludedAfterWindow of the denominator, the courses counted only because their exclusion was
 *                 registered after the window closed (ADR 0021); null when hidden
 * @param catalogVersion the version of the indicator catalog the row was counted under
 */
public record IndicatorExportRow(UUID unitId, String unitName, UUID clinicId, LocalDate periodStart,
        LocalDate periodEnd, String indicatorId, Long numerator, Long denominator, Double value, String level,
        Double cl, Double lcl, Double ucl, String signals, boolean hidden, OrgLevel orgLevel, boolean provisional,
        String phase, Long excludedAfterWindow, Integer catalogVersion) {

    /** A row without the figures of ADR 0020 and 0021. */
    public IndicatorExportRow(UUID unitId, String unitName, UUID clinicId, LocalDate periodStart,
            LocalDate periodEnd, String indicatorId, Long numerator, Long denominator, Double value, String level,
            Double cl, Double lcl, Double ucl, String signals, boolean hidden, OrgLevel orgLevel) {
        this(unitId, unitName, clinicId, periodStart, periodEnd, indicatorId, numerator, denominator, value, level,
                cl, lcl, ucl, signals, hidden, orgLevel, false, null, null, null);
    }
}
