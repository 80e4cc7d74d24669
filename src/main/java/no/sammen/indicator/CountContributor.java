package no.sammen.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A module that counts something per unit and month for a count indicator of the catalog (ADR 0032), as
 * {@code CourseFactContributor} lets a module keep the facts of a proportion. The catalog entry names the
 * contributor ({@code countedBy}) and the parts of its count ({@code breakdowns}); both are checked at
 * start-up against the contributors' beans. The contributor counts over its own tables in one grouped
 * query; the indicator module never reads them, and rolls the units' counts up to clinic, trust and region.
 */
public interface CountContributor {

    /** The name a catalog entry's {@code countedBy} gives, e.g. {@code imr_sessions}. */
    String name();

    /** The parts every count is split into, e.g. {@code INDIVIDUAL} and {@code GROUP}. */
    List<String> parts();

    /**
     * Everything counted up to and including {@code to}, from the beginning: one grouped query per report,
     * never one per unit or month. Reading from the beginning also tells in which month the counting began
     * at each unit: before it, the unit does not use what is counted ("not in use", not zero).
     */
    Counts counts(LocalDate to);

    /** One unit's count in one month and part. */
    record Row(UUID unitId, YearMonth month, String part, long count) {
    }

    /**
     * A unit's goal spread evenly over the months from {@code from} to {@code to}.
     *
     * @param perMonth what the goal asks of each month
     */
    record Goal(YearMonth from, YearMonth to, double perMonth) {

        /** The goal of the months from {@code first} to {@code last} that lie in the goal's period, or null if none does. */
        public Double over(YearMonth first, YearMonth last) {
            YearMonth a = first.isAfter(from) ? first : from;
            YearMonth b = last.isBefore(to) ? last : to;
            if (a.isAfter(b)) {
                return null;
            }
            return perMonth * (java.time.temporal.ChronoUnit.MONTHS.between(a, b) + 1);
        }
    }

    /**
     * @param rows  the counts, without zero rows
     * @param began per unit where the count is in use, the month it began there
     * @param goals per unit with a goal, the goal
     */
    record Counts(List<Row> rows, Map<UUID, YearMonth> began, Map<UUID, Goal> goals) {

        public Counts {
            rows = List.copyOf(rows);
            began = Map.copyOf(began);
            goals = Map.copyOf(goals);
        }
    }
}
