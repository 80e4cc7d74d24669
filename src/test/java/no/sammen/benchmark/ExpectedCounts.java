package no.sammen.benchmark;

import java.time.LocalDate;
import java.util.List;

import no.sammen.benchmark.SyntheticData.CourseFacts;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorDefinition.Exclusion;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorDefinition.Population;

/**
 * The indicators counted in Java from the facts of generated courses, by the catalog's definitions:
 * a second count, independent of the SQL, that the database's numerators and denominators must equal.
 */
final class ExpectedCounts {

    private ExpectedCounts() {
    }

    /** Numerator and denominator over the courses placed between {@code from} and {@code to}, both included. */
    static long[] count(IndicatorDefinition definition, List<CourseFacts> courses, LocalDate from, LocalDate to,
            LocalDate today) {
        long numerator = 0;
        long denominator = 0;
        for (CourseFacts course : courses) {
            LocalDate placing = definition.periodDate() == PeriodDate.START ? course.start() : course.end();
            if (placing == null || placing.isBefore(from) || placing.isAfter(to)
                    || definition.population() == Population.PSYCHOSIS && !course.psychosis()
                    || definition.excludes(Exclusion.NO_NETWORK) && course.noNetwork()
                    || definition.excludes(Exclusion.ENDED_BEFORE_DAY_90) && course.end() != null
                            && course.end().isBefore(course.start().plusDays(90))) {
                continue;
            }
            boolean met = met(definition, course);
            Integer window = definition.windowDays();
            if (window != null && !met && !course.start().isBefore(today.minusDays(window))) {
                continue; // the window is still open
            }
            denominator++;
            numerator += met ? 1 : 0;
        }
        return new long[] {numerator, denominator};
    }

    private static boolean met(IndicatorDefinition definition, CourseFacts course) {
        return switch (definition.id()) {
            case "K1" -> onOrBefore(course.firstContact(), course.start().plusDays(definition.windowDays()));
            case "K2" -> conversation(course, 0, definition) && conversation(course, 1, definition)
                    && conversation(course, 2, definition);
            case "K2_PATIENT" -> conversation(course, 0, definition);
            case "K2_RELATIVES" -> conversation(course, 1, definition);
            case "K2_BOTH" -> conversation(course, 2, definition);
            case "K3" -> course.planHasSigns() && onOrBefore(course.planMadeOn(), course.end());
            case "K4A" -> course.invited();
            case "K4B" -> course.held();
            case "K7" -> onOrBefore(course.sharedDecisionOn(), course.start().plusDays(definition.windowDays()));
            case "R_CBT" -> offered(course, 0, definition);
            case "R_FAMILY_PSYCHOEDUCATION" -> offered(course, 1, definition);
            case "R_IPS" -> offered(course, 2, definition);
            case "K5A" -> onOrBefore(course.pefOfferedOn(), course.end());
            case "K5B" -> onOrBefore(course.pefStartedOn(), course.end());
            default -> throw new IllegalArgumentException("No expected count for " + definition.id());
        };
    }

    private static boolean offered(CourseFacts course, int measure, IndicatorDefinition definition) {
        return onOrBefore(course.offered()[measure], course.start().plusDays(definition.windowDays()));
    }

    private static boolean conversation(CourseFacts course, int kind, IndicatorDefinition definition) {
        return onOrBefore(course.firstConversations()[kind], course.start().plusDays(definition.windowDays()));
    }

    private static boolean onOrBefore(LocalDate date, LocalDate limit) {
        return date != null && !date.isAfter(limit);
    }
}
