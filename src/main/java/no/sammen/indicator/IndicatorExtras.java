package no.sammen.indicator;

import java.util.Map;

/**
 * What one unit's value of an indicator over a range shows beside it (ADR 0021).
 *
 * @param denominator         the courses counted
 * @param excludedAfterWindow of those, the courses that are counted only because their exclusion (e.g.
 *                            «no relatives or network», death) was registered after the window closed
 * @param breakdowns          of those, the courses of each of the indicator's breakdowns (e.g. contacted
 *                            on day 0), by breakdown id in catalog order
 */
public record IndicatorExtras(long denominator, long excludedAfterWindow, Map<String, Long> breakdowns) {

    public IndicatorExtras {
        breakdowns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdowns));
    }
}
