package no.sammen.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One indicator of the catalog, as the catalog file states it.
 *
 * @param id                    the stable id, e.g. {@code K1} or {@code K4A}
 * @param version               raised whenever the definition changes meaning
 * @param names                 the name in bokmål ({@code nb}), nynorsk ({@code nn}) and English ({@code en})
 * @param population            which courses the indicator is about
 * @param populationDescription the population in words
 * @param periodDate            the date of a course that places it in a period
 * @param windowDays            for a "within N days" indicator, N (day 0 is the start date); otherwise null
 * @param numerator             the numerator in words
 * @param denominator           the denominator in words
 * @param exclusions            courses left out of the denominator
 * @param direction             whether a higher value is better
 * @param greenLevel            the value from which the result is green
 * @param yellowLevel           the value from which the result is yellow; below it, red
 * @param minimumDenominator    outside one's own unit, smaller denominators are not shown
 * @param defaultChart          the SPC chart shown first
 * @param metWhen               what puts a course in the numerator: conditions on its facts, all of which
 *                              must hold (the facts are those the modules contribute, see {@code coursefact})
 * @param dueDays               for an indicator without a window, the days after the start (day 0) by which
 *                              the worklist expects the registration; otherwise null
 */
public record IndicatorDefinition(String id, int version, Map<String, String> names, Population population,
        String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
        String denominator, List<Exclusion> exclusions, Direction direction, double greenLevel, double yellowLevel,
        int minimumDenominator, String defaultChart, List<Condition> metWhen, Integer dueDays) {

    public IndicatorDefinition {
        names = Map.copyOf(names);
        exclusions = List.copyOf(exclusions);
        metWhen = List.copyOf(metWhen);
    }

    /** A definition without numerator conditions or due days: for presenting values, not counting them. */
    public IndicatorDefinition(String id, int version, Map<String, String> names, Population population,
            String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
            String denominator, List<Exclusion> exclusions, Direction direction, double greenLevel,
            double yellowLevel, int minimumDenominator, String defaultChart) {
        this(id, version, names, population, populationDescription, periodDate, windowDays, numerator, denominator,
                exclusions, direction, greenLevel, yellowLevel, minimumDenominator, defaultChart, List.of(), null);
    }

    /**
     * The days after the start (day 0) by which what the indicator counts is expected: its window, or
     * else its due days; null if it has neither.
     */
    public Integer expectedWithinDays() {
        return windowDays != null ? windowDays : dueDays;
    }

    /**
     * The short code people read in headings and lists, as the national guideline numbers them: the id
     * with a lower-case letter for a part of an indicator ({@code K4a}), and the three basic
     * conversations of K2 as {@code K2a} (with the patient), {@code K2b} (with relatives) and
     * {@code K2c} (together). Ids stay as they are in addresses, exports and the API.
     */
    public String code() {
        return switch (id) {
            case "K2_PATIENT" -> "K2a";
            case "K2_RELATIVES" -> "K2b";
            case "K2_BOTH" -> "K2c";
            default -> id.matches("K\\d+[A-Z]") ? id.substring(0, id.length() - 1) + id.substring(id.length() - 1)
                    .toLowerCase(Locale.ROOT) : id;
        };
    }

    /** The name in the locale's language; bokmål for any language other than nynorsk and English. */
    public String name(Locale locale) {
        String language = locale.getLanguage();
        return names.getOrDefault(language.equals("no") ? "nb" : language, names.get("nb"));
    }

    /**
     * Whether the values of a period that ends on {@code periodEnd} are still provisional on {@code today}: a
     * course counts as soon as its numerator is met but as not met only once its window has closed, so a
     * period is final only when the window of its last day has closed (its last day plus {@code windowDays}
     * before today, as the counting decides it), and, without a window, once the period has ended (ADR 0020).
     */
    public boolean provisional(java.time.LocalDate periodEnd, java.time.LocalDate today) {
        return !periodEnd.plusDays(windowDays == null ? 0 : windowDays).isBefore(today);
    }

    public boolean excludes(Exclusion exclusion) {
        return exclusions.contains(exclusion);
    }

    /**
     * One condition on a course fact. A day fact ({@code DATE}) must lie on or before {@code onOrBefore},
     * or merely be there when that is left out; a flag fact ({@code FLAG}) must be true.
     *
     * @param fact       the name of a course fact, e.g. {@code first_contact_on}
     * @param onOrBefore for a day fact: the latest day it may lie on, or null for any day
     */
    public record Condition(String fact, Bound onOrBefore) {
    }

    public enum Bound {
        /** The last day of the window: the start date plus {@code windowDays}. */
        WINDOW_END,
        /** The course's end date. */
        END_DATE
    }

    public enum Population {
        /** Courses with a psychosis diagnosis (ICD-10 F20–F29): the fact {@code psychosis}. */
        PSYCHOSIS("psychosis"),
        /** All courses, whatever the diagnosis. */
        ALL_COURSES(null);

        private final String fact;

        Population(String fact) {
            this.fact = fact;
        }

        /** The flag fact a course of the population has set, or null for every course. */
        public String fact() {
            return fact;
        }
    }

    public enum PeriodDate {
        START,
        END
    }

    public enum Exclusion {
        /** Courses marked «no relatives or network»: the fact {@code no_network}. */
        NO_NETWORK("no_network");

        private final String fact;

        Exclusion(String fact) {
            this.fact = fact;
        }

        /** The flag fact an excluded course has set. */
        public String fact() {
            return fact;
        }
    }

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }
}
