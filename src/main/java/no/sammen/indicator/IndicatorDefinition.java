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
 * @param exclusionsCount       when an exclusion takes a course out: whenever it was registered (catalog
 *                              version 1), or only when registered inside the window (ADR 0021)
 * @param breakdowns            parts of the denominator shown beside the value, e.g. K1's contact on day 0;
 *                              for a count, its parts (e.g. individual and group sessions), without conditions
 * @param measure               a proportion of courses (the default), or a count per unit and month
 *                              (catalog version 5, ADR 0032)
 * @param countedBy             for a count, the name of the {@link CountContributor} that counts it; for a
 *                              contributed proportion, the name of its {@link ProportionContributor}; otherwise null
 */
public record IndicatorDefinition(String id, int version, Map<String, String> names, Population population,
        String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
        String denominator, List<Exclusion> exclusions, Direction direction, double greenLevel, double yellowLevel,
        int minimumDenominator, String defaultChart, List<Condition> metWhen, Integer dueDays,
        ExclusionTiming exclusionsCount, List<Breakdown> breakdowns, Measure measure, String countedBy) {

    public IndicatorDefinition {
        names = Map.copyOf(names);
        exclusions = List.copyOf(exclusions);
        metWhen = List.copyOf(metWhen);
        exclusionsCount = exclusionsCount == null ? ExclusionTiming.ANY_TIME : exclusionsCount;
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        measure = measure == null ? Measure.PROPORTION : measure;
    }

    /** A proportion of courses, as every catalog version before 5 defines them. */
    public IndicatorDefinition(String id, int version, Map<String, String> names, Population population,
            String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
            String denominator, List<Exclusion> exclusions, Direction direction, double greenLevel,
            double yellowLevel, int minimumDenominator, String defaultChart, List<Condition> metWhen,
            Integer dueDays, ExclusionTiming exclusionsCount, List<Breakdown> breakdowns) {
        this(id, version, names, population, populationDescription, periodDate, windowDays, numerator, denominator,
                exclusions, direction, greenLevel, yellowLevel, minimumDenominator, defaultChart, metWhen, dueDays,
                exclusionsCount, breakdowns, Measure.PROPORTION, null);
    }

    /** Whether the indicator is a count per unit and month rather than a proportion. */
    public boolean isCount() {
        return measure == Measure.COUNT;
    }

    /**
     * Whether the indicator is a proportion told by a {@link ProportionContributor} (audited records, staff)
     * rather than counted from the course facts (ADR 0038).
     */
    public boolean isContributed() {
        return measure == Measure.CONTRIBUTED;
    }

    /** Whether the indicator is a proportion of treatment courses, counted from the course facts. */
    public boolean fromCourseFacts() {
        return measure == Measure.PROPORTION;
    }

    /** A definition whose exclusions count whenever registered, without breakdowns (as catalog version 1). */
    public IndicatorDefinition(String id, int version, Map<String, String> names, Population population,
            String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
            String denominator, List<Exclusion> exclusions, Direction direction, double greenLevel,
            double yellowLevel, int minimumDenominator, String defaultChart, List<Condition> metWhen,
            Integer dueDays) {
        this(id, version, names, population, populationDescription, periodDate, windowDays, numerator, denominator,
                exclusions, direction, greenLevel, yellowLevel, minimumDenominator, defaultChart, metWhen, dueDays,
                ExclusionTiming.ANY_TIME, List.of());
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
        END_DATE,
        /** The course's start date (day 0). */
        START_DATE
    }

    /** When an exclusion registered on a course takes it out of the indicator (ADR 0021). */
    public enum ExclusionTiming {
        /** Whenever it was registered: a later exclusion rewrites history (catalog version 1). */
        ANY_TIME,
        /**
         * Only when registered inside the window: on or before its last day and the end date, or, for
         * an indicator without a window, on or before the day the course's end was registered. A later
         * one leaves the course in the indicator and is counted as «excluded after the window closed».
         */
        REGISTERED_IN_WINDOW
    }

    /**
     * A part of the denominator shown beside the value, such as K1's «contacted on day 0» (BISP's
     * same-day target): the courses of the denominator whose facts meet all of {@code metWhen}.
     *
     * @param id    a stable id, e.g. {@code DAY_0}
     * @param names the name in bokmål, nynorsk and English
     */
    public record Breakdown(String id, Map<String, String> names, List<Condition> metWhen) {

        public Breakdown {
            names = Map.copyOf(names);
            metWhen = metWhen == null ? List.of() : List.copyOf(metWhen);
        }

        /** The name in the locale's language; bokmål for any language other than nynorsk and English. */
        public String name(Locale locale) {
            String language = locale.getLanguage();
            return names.getOrDefault("nn".equals(language) || "en".equals(language) ? language : "nb",
                    names.get("nb"));
        }
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
        /** Courses marked «no relatives or network»: the fact {@code no_network}, marked on {@code no_network_on}. */
        NO_NETWORK("no_network", "no_network_on"),
        /** Courses ended by the patient's death: the fact {@code died}, registered on {@code died_recorded_on}. */
        DIED("died", "died_recorded_on"),
        /**
         * Courses that ended before day 90 (day 0 is the start): the fact {@code ended_before_day_90}, for an
         * indicator of courses active at least 90 days (ADR 0024). The end is counted whenever registered
         * ({@code exclusionsCount} ANY_TIME): an end is a fact of the course, not a judgement made later.
         */
        ENDED_BEFORE_DAY_90("ended_before_day_90", "end_recorded_on");

        private final String fact;
        private final String registeredOn;

        Exclusion(String fact, String registeredOn) {
            this.fact = fact;
            this.registeredOn = registeredOn;
        }

        /** The flag fact an excluded course has set. */
        public String fact() {
            return fact;
        }

        /** The day fact holding the day the exclusion in force was registered. */
        public String registeredOn() {
            return registeredOn;
        }
    }

    /** What an indicator's value is (ADR 0032). */
    public enum Measure {
        /** A numerator of courses over a denominator of courses, counted from the course facts. */
        PROPORTION,
        /**
         * A count per unit and month (e.g. IMR sessions held), told by a {@link CountContributor}: no
         * denominator, no window, no exclusions; charted as a C chart or run chart.
         */
        COUNT,
        /**
         * A numerator over a denominator of something other than treatment courses (audited records, staff),
         * told per unit and month by a {@link ProportionContributor} (ADR 0038): no population, placing date,
         * window or exclusions of the catalog; levels, minimum denominator and suppression as for a proportion.
         */
        CONTRIBUTED
    }

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }
}
