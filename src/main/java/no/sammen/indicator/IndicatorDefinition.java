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
 */
public record IndicatorDefinition(String id, int version, Map<String, String> names, Population population,
        String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
        String denominator, List<Exclusion> exclusions, Direction direction, double greenLevel, double yellowLevel,
        int minimumDenominator, String defaultChart) {

    public IndicatorDefinition {
        names = Map.copyOf(names);
        exclusions = List.copyOf(exclusions);
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

    public boolean excludes(Exclusion exclusion) {
        return exclusions.contains(exclusion);
    }

    public enum Population {
        /** Courses with a psychosis diagnosis (ICD-10 F20–F29). */
        PSYCHOSIS,
        /** All courses, whatever the diagnosis. */
        ALL_COURSES
    }

    public enum PeriodDate {
        START,
        END
    }

    public enum Exclusion {
        /** Courses marked «no relatives or network». */
        NO_NETWORK
    }

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }
}
