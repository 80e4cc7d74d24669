package no.sammen.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorDefinition.Condition;
import no.sammen.indicator.IndicatorDefinition.Exclusion;
import no.sammen.indicator.IndicatorDefinition.ExclusionTiming;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorDefinition.Population;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counting, in SQL that runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Indicators are
 * counted per unit, year and month; months are summed to quarters, years and higher levels of the
 * organisation in Java, which only ever sees these small totals.
 *
 * <p>Everything is read from the per-course facts ({@code course_fact}, kept by the modules that
 * register them; ADR 0014): one row per course, so a report is one pass over the courses of its
 * period. Which courses an indicator counts (population, placing date, window, exclusions) and what
 * puts a course in its numerator (conditions on named facts) come from its catalog entry alone; the
 * fact names are checked against the facts the modules declare at start-up, so the SQL is written
 * here from checked names only. The counts and the lists of courses behind them (the drill-down)
 * are built from one and the same selection ({@link #selection}); several indicators with the same
 * placing date are counted in one pass.
 */
@Component
class IndicatorQueries {

    private final JdbcClient jdbc;
    /** The facts that are days; the others named in conditions are flags. */
    private final java.util.Set<String> days;

    IndicatorQueries(JdbcClient jdbc, IndicatorCatalog catalog, IndicatorProperties properties,
            CourseFactService facts) {
        this.jdbc = jdbc;
        Map<String, Boolean> dayOrFlag = facts.declared().values().stream()
                .filter(f -> f.type() == CourseFact.Type.DATE || f.type() == CourseFact.Type.FLAG)
                .collect(Collectors.toMap(CourseFact::name, f -> f.type() == CourseFact.Type.DATE));
        // Fails at start-up for an indicator of any catalog version whose numerator names a fact no module keeps.
        catalog.all().forEach((version, indicators) -> IndicatorCatalog.checkFacts(
                properties.catalog() + " (catalog version " + version + ")", indicators, dayOrFlag));
        this.days = dayOrFlag.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    record MonthCount(UUID unitId, int year, int month, long numerator, long denominator) {
    }

    record CourseCounts(long numerator, long denominator) {
    }

    /**
     * The {@link IndicatorExtras} of one unit for courses placed between {@code from} and {@code to}: the same
     * selection as {@link #unitCounts}.
     */
    IndicatorExtras unitExtras(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to, LocalDate today) {
        Selection selection = selection(List.of(definition), definition.periodDate(), from, to, today, true);
        StringBuilder sums = new StringBuilder("sum(case when " + selection.counted().get(0)
                + " then 1 else 0 end) as denominator, sum(case when " + selection.late().get(0)
                + " then 1 else 0 end) as late");
        List<String> breakdowns = selection.breakdowns().get(0);
        for (int j = 0; j < breakdowns.size(); j++) {
            sums.append(", sum(case when ").append(breakdowns.get(j)).append(" then 1 else 0 end) as breakdown")
                    .append(j);
        }
        String sql = "select " + sums + "\nfrom course_fact f\nwhere " + selection.where();
        return jdbc.sql(sql).param("unitId", unitId).query((rs, n) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int j = 0; j < breakdowns.size(); j++) {
                counts.put(definition.breakdowns().get(j).id(), rs.getLong("breakdown" + j));
            }
            return new IndicatorExtras(rs.getLong("denominator"), rs.getLong("late"), counts);
        }).single();
    }

    /**
     * Per unit and calendar month, the courses in each indicator's denominator only because their
     * exclusion was registered after the window closed (ADR 0021), as {@link MonthCount}s whose
     * numerator is that count: the same selection as {@link #monthly}. Months without any are left out.
     */
    Map<String, List<MonthCount>> monthlyExcludedAfterWindow(List<IndicatorDefinition> definitions, LocalDate from,
            LocalDate to, LocalDate today) {
        Map<String, List<MonthCount>> counts = new LinkedHashMap<>();
        definitions.forEach(d -> counts.put(d.id(), new ArrayList<>()));
        perPlacingDate(definitions, (periodDate, placed) -> byUnitAndMonth(placed, periodDate, from, to, today,
                Selection::late, true, counts));
        return counts;
    }

    /**
     * For the course page: the indicators among {@code definitions} in whose denominator the course
     * stays although an exclusion is set on it, because it was registered after the window closed
     * (ADR 0021), whatever period the course lies in. The same conditions as every count.
     */
    List<IndicatorDefinition> excludedAfterWindow(List<IndicatorDefinition> definitions, UUID courseId) {
        // One statement, a column per definition with exclusions counted in the window.
        List<IndicatorDefinition> asked = new ArrayList<>();
        StringBuilder columns = new StringBuilder();
        for (IndicatorDefinition definition : definitions) {
            String condition = lateExclusion(definition);
            if (condition == null) {
                continue;
            }
            String population = definition.population().fact() == null ? "" : " and f." + definition.population().fact()
                    + " = true";
            columns.append(asked.isEmpty() ? "" : ",\n       ").append("case when ").append(condition).append(population)
                    .append(" then 1 else 0 end");
            asked.add(definition);
        }
        if (asked.isEmpty()) {
            return List.of();
        }
        List<IndicatorDefinition> late = new ArrayList<>();
        jdbc.sql("select " + columns + "\nfrom course_fact f where f.course_id = :courseId").param("courseId", courseId)
                .query(rs -> {
                    for (int i = 0; i < asked.size(); i++) {
                        if (rs.getInt(i + 1) == 1) {
                            late.add(asked.get(i));
                        }
                    }
                });
        return late;
    }

    /**
     * Numerator and denominator of one unit for courses placed between {@code from} and {@code to}:
     * the same selection as {@link #monthly}, summed over the range.
     */
    CourseCounts unitCounts(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to,
            LocalDate today) {
        String sql = "select coalesce(sum(met0), 0) as numerator, coalesce(sum(counted0), 0) as denominator from ("
                + perCourse(List.of(definition), definition.periodDate(), from, to, today, true) + ") counted";
        return jdbc.sql(sql).param("unitId", unitId)
                .query((rs, n) -> new CourseCounts(rs.getLong("numerator"), rs.getLong("denominator"))).single();
    }

    /**
     * The courses of one unit that {@link #unitCounts} counts, ordered by placing date, then id: each
     * with whether it meets the numerator. {@code met} null gives all of them, true or false only
     * those in or out of the numerator.
     */
    List<IndicatorCourse> unitCourses(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to,
            LocalDate today, Boolean met, int limit, long offset) {
        String sql = """
                select id, start_date, end_date, met0 from (%s) counted
                where counted0 = 1%s
                order by placed, id
                limit :limit offset :offset""".formatted(
                perCourse(List.of(definition), definition.periodDate(), from, to, today, true),
                met == null ? "" : " and met0 = :met");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("unitId", unitId).param("limit", limit)
                .param("offset", offset);
        if (met != null) {
            statement = statement.param("met", met ? 1 : 0);
        }
        return statement.query((rs, n) -> new IndicatorCourse(rs.getObject("id", UUID.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getInt("met0") == 1)).list();
    }

    /**
     * Numerator and denominator per unit and calendar month for courses whose placing date lies
     * between {@code from} and {@code to}, both included, for several indicators, with one query per
     * placing date among them. {@code today} decides which windows have closed: a window of N days
     * closes when start + N is before today.
     *
     * @return the counts of each indicator, by id, in the order given
     */
    Map<String, List<MonthCount>> monthly(List<IndicatorDefinition> definitions, LocalDate from, LocalDate to,
            LocalDate today) {
        Map<String, List<MonthCount>> counts = new LinkedHashMap<>();
        definitions.forEach(d -> counts.put(d.id(), new ArrayList<>()));
        perPlacingDate(definitions, (periodDate, placed) -> byUnitAndMonth(placed, periodDate, from, to, today,
                Selection::met, false, counts));
        return counts;
    }

    /**
     * Runs {@code query} for each placing date among the definitions, with the definitions placed by it,
     * one after the other on the caller's connection: no request holds two connections at once
     * (OneConnectionPerRequestIT).
     */
    private static void perPlacingDate(List<IndicatorDefinition> definitions,
            java.util.function.BiConsumer<PeriodDate, List<IndicatorDefinition>> query) {
        for (PeriodDate periodDate : PeriodDate.values()) {
            List<IndicatorDefinition> placed = definitions.stream().filter(d -> d.periodDate() == periodDate)
                    .toList();
            if (!placed.isEmpty()) {
                query.accept(periodDate, placed);
            }
        }
    }

    /**
     * Per unit and month of placing, for each definition the courses meeting a condition of the selection
     * ({@code numerator}: met, or counted only because of a late exclusion) and its denominator, added to
     * {@code counts} as {@link MonthCount}s: months without a denominator are left out, and with
     * {@code onlyWithNumerator} those without a numerator too. Grouped straight over the facts, without a
     * derived table, which H2 would materialise first.
     */
    private void byUnitAndMonth(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from,
            LocalDate to, LocalDate today, Function<Selection, List<String>> numerator, boolean onlyWithNumerator,
            Map<String, List<MonthCount>> counts) {
        Selection selection = selection(definitions, periodDate, from, to, today, false);
        List<String> numerators = numerator.apply(selection);
        // Each distinct condition is counted once (K4a and K4b share their denominator, for example);
        // column[i] holds the 1-based position of definition i's numerator and denominator.
        Map<String, Integer> conditions = new LinkedHashMap<>();
        int[][] column = new int[definitions.size()][2];
        for (int i = 0; i < definitions.size(); i++) {
            column[i][0] = conditions.computeIfAbsent(numerators.get(i), c -> conditions.size() + 3);
            column[i][1] = conditions.computeIfAbsent(selection.counted().get(i), c -> conditions.size() + 3);
        }
        StringBuilder aggregates = new StringBuilder();
        // sum(case ...) rather than count(*) filter (where ...), which H2 evaluates more slowly.
        conditions.keySet().forEach(c -> aggregates.append(",\n       sum(case when ").append(c)
                .append(" then 1 else 0 end)"));
        String sql = "select f.unit_id, f." + selection.month() + " as placed_month" + aggregates
                + "\nfrom course_fact f\nwhere " + selection.where() + "\ngroup by f.unit_id, f." + selection.month();
        jdbc.sql(sql).query(rs -> {
            UUID unitId = rs.getObject(1, UUID.class);
            int placedMonth = rs.getInt(2);
            for (int i = 0; i < definitions.size(); i++) {
                long counted = rs.getLong(column[i][0]);
                long denominator = rs.getLong(column[i][1]);
                if (denominator > 0 && (counted > 0 || !onlyWithNumerator)) {
                    counts.get(definitions.get(i).id()).add(new MonthCount(unitId, placedMonth / 100,
                            placedMonth % 100, counted, denominator));
                }
            }
        });
    }

    /**
     * The one selection every list of courses is made from, and whose parts ({@link #selection}) the
     * monthly counts sum: one row of facts per course placed between {@code from} and {@code to} (by
     * the definitions' common placing date), with its id, unit, dates, placing date ({@code placed})
     * and its month as yyyymm ({@code placed_month}), and per definition {@code i} the flags
     * {@code counted<i>} (in the denominator: population, exclusions, window closed or numerator met)
     * and {@code met<i>} (in the numerator as well). With {@code oneUnit}, only the courses of the
     * unit bound as {@code :unitId}.
     */
    private String perCourse(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from,
            LocalDate to, LocalDate today, boolean oneUnit) {
        Selection selection = selection(definitions, periodDate, from, to, today, oneUnit);
        StringBuilder flags = new StringBuilder();
        for (int i = 0; i < definitions.size(); i++) {
            flags.append(",\n       case when %s then 1 else 0 end as met%d".formatted(selection.met().get(i), i));
            flags.append(",\n       case when %s then 1 else 0 end as counted%d"
                    .formatted(selection.counted().get(i), i));
        }
        return """
                select f.course_id as id, f.unit_id, f.start_date, f.end_date, f.%1$s as placed,
                       f.%2$s as placed_month%3$s
                from course_fact f
                where %4$s""".formatted(selection.date(), selection.month(), flags, selection.where());
    }

    /**
     * The selection's parts: the placing date's and month's columns, per definition the condition of
     * the numerator and of the denominator over one row of facts {@code f}, and which rows are placed
     * in the period.
     */
    private record Selection(String date, String month, List<String> met, List<String> counted, List<String> late,
            List<List<String>> breakdowns, String where) {
    }

    private Selection selection(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from,
            LocalDate to, LocalDate today, boolean oneUnit) {
        return selection(definitions, periodDate, from, to, today, oneUnit, true);
    }

    /**
     * With {@code withWhere} false, each condition stands alone, without the selection's {@code where}: it
     * then names the population itself, which it otherwise leaves to the {@code where} when all the
     * definitions share it (a condition the rows already meet need not be evaluated again for each count).
     */
    private Selection selection(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from,
            LocalDate to, LocalDate today, boolean oneUnit, boolean withWhere) {
        String column = periodDate == PeriodDate.START ? "start_date" : "end_date";
        String monthColumn = periodDate == PeriodDate.START ? "start_month" : "end_month";
        // Each definition's population and exclusions; those that every definition shares go in the where instead.
        List<List<String>> populationsAndExclusions = new ArrayList<>();
        for (IndicatorDefinition definition : definitions) {
            List<String> conditions = new ArrayList<>();
            if (definition.population().fact() != null) {
                conditions.add("f." + definition.population().fact() + " = true");
            }
            for (Exclusion exclusion : definition.exclusions()) {
                conditions.add(definition.exclusionsCount() == ExclusionTiming.ANY_TIME
                        ? "f." + exclusion.fact() + " = false"
                        : "not " + timelyExclusion(exclusion, definition));
            }
            populationsAndExclusions.add(conditions);
        }
        List<String> shared = new ArrayList<>(populationsAndExclusions.get(0));
        populationsAndExclusions.forEach(shared::retainAll);
        List<String> mets = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        List<String> lates = new ArrayList<>();
        List<List<String>> breakdowns = new ArrayList<>();
        for (int d = 0; d < definitions.size(); d++) {
            IndicatorDefinition definition = definitions.get(d);
            List<String> counted = new ArrayList<>(populationsAndExclusions.get(d));
            if (withWhere) {
                counted.removeAll(shared);
            }
            String met = "(" + definition.metWhen().stream().map(c -> condition(c, definition))
                    .collect(Collectors.joining(" and ")) + ")";
            List<String> inNumerator = new ArrayList<>(counted);
            inNumerator.add(met);
            List<String> inDenominator = new ArrayList<>(counted);
            if (definition.windowDays() != null) {
                // While the window is open, only a course whose numerator is already met is counted. The
                // closed window first: it holds for most courses, and the numerator need not be looked at.
                inDenominator.add("(f.start_date < " + literal(today.minusDays(definition.windowDays())) + " or "
                        + met + ")");
            }
            mets.add(all(inNumerator));
            counts.add(all(inDenominator));
            String late = lateExclusion(definition);
            if (late == null) {
                lates.add("1 = 0");
            } else {
                List<String> lateInDenominator = new ArrayList<>(inDenominator);
                lateInDenominator.add(late);
                lates.add(all(lateInDenominator));
            }
            List<String> parts = new ArrayList<>();
            for (IndicatorDefinition.Breakdown breakdown : definition.breakdowns()) {
                List<String> part = new ArrayList<>(inDenominator);
                breakdown.metWhen().forEach(c -> part.add(condition(c, definition)));
                parts.add(all(part));
            }
            breakdowns.add(parts);
        }
        String where;
        if (wholeMonths(from, to) > WHOLE_MONTHS_READ_BY_MONTH) {
            // Most of the table: read straight through. By the month column, which has no index, so that H2 does
            // not visit the rows one by one through the date's index (PostgreSQL scans the table either way).
            where = "f." + monthColumn + " >= " + month(from) + " and f." + monthColumn + " <= " + month(to);
        } else {
            where = "f." + column + " >= " + literal(from) + " and f." + column + " <= " + literal(to);
        }
        for (String condition : shared) {
            where += " and " + condition;
        }
        if (oneUnit) {
            where += " and f.unit_id = :unitId";
        }
        return new Selection(column, monthColumn, mets, counts, lates, breakdowns, where);
    }

    /**
     * Ranges of more whole months than this are selected by their placing month rather than their placing
     * date: the same courses, since a course's month is that of its date (ADR 0022).
     */
    static final int WHOLE_MONTHS_READ_BY_MONTH = 12;

    /** The number of whole calendar months from {@code from} to {@code to}; 0 unless both are a month's bounds. */
    static long wholeMonths(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != to.lengthOfMonth() || to.isBefore(from)) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    /** A month as the facts' month columns hold it: yyyymm. */
    private static int month(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    /**
     * Whether an exclusion set on the course was registered inside the indicator's window (ADR 0021):
     * on or before the window's last day and the end date, or, for an indicator without a window, on
     * or before the day the course's end was registered. Never null: a missing day is not inside.
     */
    private static String timelyExclusion(Exclusion exclusion, IndicatorDefinition definition) {
        // Days compared as days of the course (integers), which both databases compare faster than dates.
        String on = day(exclusion.registeredOn());
        String deadline = definition.windowDays() != null
                ? on + " <= " + definition.windowDays() + " and (f.end_date is null or " + on + " <= " + day("end_date")
                        + ")"
                : "(f.end_recorded_on is null or " + on + " <= " + day("end_recorded_on") + ")";
        return "(f." + exclusion.fact() + " = true and " + on + " is not null and " + deadline + ")";
    }

    /** A day fact as its day of the course, a column of {@code f}: the day's distance from the start. */
    private static String day(String dayFact) {
        return "f." + CourseFact.dayOfCourse(dayFact);
    }

    /**
     * A course with one of the definition's exclusions set but registered after the window closed:
     * it stays in the indicator. Null when the definition counts exclusions whenever registered.
     */
    private static String lateExclusion(IndicatorDefinition definition) {
        if (definition.exclusionsCount() == ExclusionTiming.ANY_TIME || definition.exclusions().isEmpty()) {
            return null;
        }
        return "(" + definition.exclusions().stream()
                .map(e -> "(f." + e.fact() + " = true and not " + timelyExclusion(e, definition) + ")")
                .collect(Collectors.joining(" or ")) + ")";
    }

    /** A numerator condition as SQL: its fact's name was checked against the declared facts at start-up. */
    private String condition(Condition condition, IndicatorDefinition definition) {
        String fact = "f." + condition.fact();
        if (condition.onOrBefore() == null) {
            return days.contains(condition.fact()) ? fact + " is not null" : fact + " = true";
        }
        String day = day(condition.fact());
        return switch (condition.onOrBefore()) {
            case WINDOW_END -> day + " <= " + definition.windowDays();
            case END_DATE -> day + " <= " + day("end_date");
            case START_DATE -> day + " <= 0";
        };
    }

    /**
     * A date written into the SQL rather than bound as a parameter: PostgreSQL then plans each query
     * for its own dates, whereas for a prepared statement run again and again it settles on a generic
     * plan that cannot tell five years of courses from a few days' and sorts on disk.
     */
    private static String literal(LocalDate date) {
        return "date '" + date + "'";
    }

    private static String all(List<String> conditions) {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    record UnitTypeRow(String unitType, long courses, long invited, long held) {
    }

    /** K4's counts per unit type for courses ending between {@code from} and {@code to}; one unit or all. */
    List<UnitTypeRow> k4ByUnitType(UUID unitId, LocalDate from, LocalDate to, String counted) {
        String sql = """
                select u.unit_type,
                       count(*) as courses,
                       sum(case when f.meeting_invited = true then 1 else 0 end) as invited,
                       sum(case when f.meeting_held = true then 1 else 0 end) as held
                from course_fact f join org_unit u on u.id = f.unit_id
                where f.end_date >= :from and f.end_date <= :to and %s%s
                group by u.unit_type
                order by u.unit_type""".formatted(counted, unitId == null ? "" : " and f.unit_id = :unitId");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", from).param("to", to);
        if (unitId != null) {
            statement = statement.param("unitId", unitId);
        }
        return statement.query((rs, n) -> new UnitTypeRow(rs.getString("unit_type"), rs.getLong("courses"),
                rs.getLong("invited"), rs.getLong("held"))).list();
    }

    /**
     * The condition, over {@code course_fact f}, under which a course is in the definition's denominator
     * (population and exclusions, windows as of {@code today}): the one every count uses, for figures
     * that break the denominator down (K4's by reason, place and unit type).
     */
    String counted(IndicatorDefinition definition, LocalDate today) {
        return selection(List.of(definition), definition.periodDate(), today, today, today, false, false).counted()
                .get(0);
    }
}
