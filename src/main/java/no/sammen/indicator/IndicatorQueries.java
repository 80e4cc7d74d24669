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
    private final IndicatorCatalog catalog;
    /** The facts that are days; the others named in conditions are flags. */
    private final java.util.Set<String> days;

    IndicatorQueries(JdbcClient jdbc, IndicatorCatalog catalog, IndicatorProperties properties,
            CourseFactService facts) {
        this.jdbc = jdbc;
        this.catalog = catalog;
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
                Selection::late, true, "", counts));
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
        // The settled months' counts, where the settler has kept them for these very definitions (ADR 0033).
        Settled settled = settled(definitions);
        perPlacingDate(definitions, (periodDate, placed) -> {
            if (settled == null || !bySettledMonths(placed, periodDate, from, to, today, settled, counts)) {
                byUnitAndMonth(placed, periodDate, from, to, today, Selection::met, false, "", counts);
            }
        });
        return counts;
    }

    /** {@link #monthly} counted live over the facts alone, whatever counts are kept: what the kept counts must equal. */
    Map<String, List<MonthCount>> monthlyLive(List<IndicatorDefinition> definitions, LocalDate from, LocalDate to,
            LocalDate today) {
        Map<String, List<MonthCount>> counts = new LinkedHashMap<>();
        definitions.forEach(d -> counts.put(d.id(), new ArrayList<>()));
        perPlacingDate(definitions, (periodDate, placed) -> byUnitAndMonth(placed, periodDate, from, to, today,
                Selection::met, false, "", counts));
        return counts;
    }

    /**
     * What the settled counts cover: the catalog version, per placing date the last month settled (yyyymm,
     * null for none) and the generation of the counts.
     */
    record Settled(int catalogVersion, Integer startThrough, Integer endThrough, long generation) {

        Integer through(PeriodDate periodDate) {
            return periodDate == PeriodDate.START ? startThrough : endThrough;
        }
    }

    /**
     * The settled counts' coverage, when they can serve these definitions: each is the catalog in use's
     * definition of its id, and the counts are of that catalog version. Null otherwise.
     */
    private Settled settled(List<IndicatorDefinition> definitions) {
        int version = catalog.version();
        for (IndicatorDefinition definition : definitions) {
            if (!catalog.find(definition.id(), version).map(definition::equals).orElse(false)) {
                return null;
            }
        }
        return jdbc.sql("""
                select catalog_version, start_settled_through, end_settled_through, generation
                from indicator_settler where id = 1""")
                .query((rs, n) -> rs.getObject(1) == null || rs.getInt(1) != version ? null
                        : new Settled(rs.getInt(1), (Integer) rs.getObject(2, Integer.class),
                                (Integer) rs.getObject(3, Integer.class), rs.getLong(4)))
                .optional().orElse(null);
    }

    /**
     * The last month settled on {@code today} for the definitions placed by {@code periodDate} among
     * {@code definitions} (yyyymm), or null when none is placed by it: the last month whose values are no
     * longer provisional for any of them (ADR 0020), so that its counts stay as they are until a fact of one
     * of its courses changes. Windows close as the counting decides (ADR 0033).
     */
    static Integer settledThrough(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate today) {
        List<IndicatorDefinition> placed = definitions.stream().filter(d -> d.periodDate() == periodDate).toList();
        if (placed.isEmpty()) {
            return null;
        }
        java.time.YearMonth month = java.time.YearMonth.from(today);
        while (true) {
            java.time.LocalDate last = month.atEndOfMonth();
            if (placed.stream().noneMatch(d -> d.provisional(last, today))) {
                return month.getYear() * 100 + month.getMonthValue();
            }
            month = month.minusMonths(1);
        }
    }

    private static LocalDate firstDay(int month) {
        return LocalDate.of(month / 100, month % 100, 1);
    }

    private static LocalDate lastDay(int month) {
        return java.time.YearMonth.of(month / 100, month % 100).atEndOfMonth();
    }

    /**
     * The monthly counts of {@link #byUnitAndMonth}, in one statement, with the whole months settled both for
     * the settler and as of {@code today} read from {@code indicator_month_count}, except the cells named in the
     * change log, which are counted live like the months not settled: the same selection, the same counts.
     *
     * @return false when the counts were thrown away while the statement ran (a rebuild): nothing is added
     */
    private boolean bySettledMonths(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from,
            LocalDate to, LocalDate today, Settled settled, Map<String, List<MonthCount>> counts) {
        Integer kept = settled.through(periodDate);
        Integer now = settledThrough(catalog.indicators(settled.catalogVersion()).orElseThrow().stream()
                .filter(d -> !d.isCount()).toList(), periodDate, today);
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWhole = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to : to.withDayOfMonth(1).minusDays(1);
        if (kept == null || now == null || lastWhole.isBefore(firstWhole)) {
            return false;
        }
        int first = month(firstWhole);
        int last = Math.min(month(lastWhole), Math.min(kept, now));
        if (last < first) {
            return false;
        }
        Selection selection = selection(definitions, periodDate, from, to, today, false);
        Columns columns = columns(definitions, selection.met(), selection);
        String placed = "'" + periodDate.name() + "'";
        List<String> branches = new ArrayList<>();
        // Live: the days before the first settled month and after the last one (the months not settled).
        LocalDate settledFrom = firstDay(first);
        LocalDate settledTo = lastDay(last);
        if (from.isBefore(settledFrom)) {
            branches.add(liveBranch(selection, columns, range(selection, from, settledFrom.minusDays(1))));
        }
        if (to.isAfter(settledTo)) {
            branches.add(liveBranch(selection, columns, range(selection, settledTo.plusDays(1), to)));
        }
        // Live: the settled months' cells whose facts changed, each read through the (unit, date) index.
        branches.add(changedBranch(selection, columns, periodDate, first, last));
        // Kept: the other cells of the settled months, as the settler counted them with the same selection.
        StringBuilder table = new StringBuilder("select s.unit_id, s.cell_month");
        for (int k = 0; k < columns.conditions().size(); k++) {
            int[] source = columns.source()[k];
            table.append(",\n       sum(case when s.indicator_id = '")
                    .append(definitions.get(source[0]).id().replace("'", "''")).append("' then s.")
                    .append(source[1] == 0 ? "numerator" : "denominator").append(" else 0 end)");
        }
        branches.add(table + "\nfrom indicator_month_count s\nwhere s.catalog_version = " + settled.catalogVersion()
                + " and s.placed = " + placed + " and s.cell_month >= " + first + " and s.cell_month <= " + last
                + "\n  and not exists (select 1 from course_fact_change c where c.placed = " + placed
                + " and c.unit_id = s.unit_id and c.cell_month = s.cell_month)"
                + "\ngroup by s.unit_id, s.cell_month");
        // A row that says the counts read are those of the generation asked about (not thrown away meanwhile).
        branches.add("select null, -1" + ", 0".repeat(columns.conditions().size())
                + " from indicator_settler where id = 1 and generation = " + settled.generation());
        boolean[] current = {false};
        jdbc.sql(String.join("\nunion all\n", branches)).query(rs -> {
            if (rs.getInt(2) == -1) {
                current[0] = true;
            } else {
                add(rs, definitions, columns, false, counts);
            }
        });
        if (!current[0]) {
            // Counted across a rebuild: the rows read may be incomplete. Count live instead.
            Map<String, List<MonthCount>> again = new LinkedHashMap<>();
            definitions.forEach(d -> again.put(d.id(), new ArrayList<>()));
            byUnitAndMonth(definitions, periodDate, from, to, today, Selection::met, false, "", again);
            again.forEach((id, rows) -> counts.put(id, new ArrayList<>(rows)));
        }
        return true;
    }

    /**
     * A live branch: the selection's counts over the cells named in the change log whose months lie from
     * {@code first} to {@code last} (yyyymm), each cell's rows read through the (unit, date) index.
     */
    private static String changedBranch(Selection selection, Columns columns, PeriodDate periodDate, int first,
            int last) {
        return "select f.unit_id, f." + selection.month() + " as placed_month" + columns.sums()
                + "\nfrom (select distinct unit_id, cell_month, month_first from course_fact_change"
                + " where placed = '" + periodDate.name() + "' and cell_month >= " + first + " and cell_month <= "
                + last + ") c"
                + "\njoin course_fact f on f.unit_id = c.unit_id and f." + selection.date() + " >= c.month_first"
                + " and f." + selection.date() + " <= c.month_first + 30 and f." + selection.month() + " = c.cell_month"
                + "\nwhere 1 = 1" + selection.shared()
                + "\ngroup by f.unit_id, f." + selection.month();
    }

    /** A live branch: the selection's counts over the rows placed in {@code range}. */
    private static String liveBranch(Selection selection, Columns columns, String range) {
        return "select f.unit_id, f." + selection.month() + " as placed_month" + columns.sums()
                + "\nfrom course_fact f\nwhere " + range + selection.shared()
                + "\ngroup by f.unit_id, f." + selection.month();
    }

    /**
     * For the settler: per unit and settled month (after {@code after}, through {@code through}; and, before
     * that, the cells in the change log), each definition's numerator and denominator as {@link #monthly}
     * counts them live, as of {@code today}: the same selection, restricted to these cells.
     */
    Map<String, List<MonthCount>> settledCounts(List<IndicatorDefinition> definitions, PeriodDate periodDate,
            int after, int through, LocalDate today) {
        Map<String, List<MonthCount>> counts = new LinkedHashMap<>();
        definitions.forEach(d -> counts.put(d.id(), new ArrayList<>()));
        LocalDate earliest = LocalDate.of(1, 1, 1);
        Selection selection = selection(definitions, periodDate, earliest, lastDay(through), today, false);
        Columns columns = columns(definitions, selection.met(), selection);
        List<String> branches = new ArrayList<>();
        if (after < through) {
            LocalDate from = after == 0 ? earliest : lastDay(after).plusDays(1);
            branches.add(liveBranch(selection, columns, range(selection, from, lastDay(through))));
        }
        if (after > 0) {
            branches.add(changedBranch(selection, columns, periodDate, 0, after));
        }
        jdbc.sql(String.join("\nunion all\n", branches)).query(
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> add(rs, definitions, columns, false, counts));
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
            String restriction, Map<String, List<MonthCount>> counts) {
        Selection selection = selection(definitions, periodDate, from, to, today, false);
        Columns columns = columns(definitions, numerator.apply(selection), selection);
        String sql = "select f.unit_id, f." + selection.month() + " as placed_month" + columns.sums()
                + "\nfrom course_fact f\nwhere " + selection.where() + restriction + "\ngroup by f.unit_id, f."
                + selection.month();
        jdbc.sql(sql).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> add(rs, definitions, columns,
                onlyWithNumerator, counts));
    }

    /**
     * The distinct conditions counted, each once (K4a and K4b share their denominator, for example), as
     * {@code sum(case ...)} columns from the third on; {@code column[i]} holds the 1-based positions of definition
     * i's numerator and denominator, {@code source[k]} the definition and part (0 numerator, 1 denominator) that
     * condition k was first taken from.
     */
    private record Columns(List<String> conditions, int[][] column, int[][] source) {

        String sums() {
            StringBuilder aggregates = new StringBuilder();
            // sum(case ...) rather than count(*) filter (where ...), which H2 evaluates more slowly.
            conditions.forEach(c -> aggregates.append(",\n       sum(case when ").append(c)
                    .append(" then 1 else 0 end)"));
            return aggregates.toString();
        }
    }

    private static Columns columns(List<IndicatorDefinition> definitions, List<String> numerators,
            Selection selection) {
        Map<String, Integer> conditions = new LinkedHashMap<>();
        List<int[]> source = new ArrayList<>();
        int[][] column = new int[definitions.size()][2];
        for (int i = 0; i < definitions.size(); i++) {
            String[] parts = {numerators.get(i), selection.counted().get(i)};
            for (int part = 0; part < 2; part++) {
                int definition = i;
                int which = part;
                column[i][part] = conditions.computeIfAbsent(parts[part], c -> {
                    source.add(new int[] {definition, which});
                    return conditions.size() + 3;
                });
            }
        }
        return new Columns(List.copyOf(conditions.keySet()), column, source.toArray(new int[0][]));
    }

    /**
     * Adds one row of counts (unit, month yyyymm, then the columns) to {@code counts}: months without a
     * denominator are left out, and with {@code onlyWithNumerator} those without a numerator too.
     */
    private static void add(java.sql.ResultSet rs, List<IndicatorDefinition> definitions, Columns columns,
            boolean onlyWithNumerator, Map<String, List<MonthCount>> counts) throws java.sql.SQLException {
        UUID unitId = rs.getObject(1, UUID.class);
        int placedMonth = rs.getInt(2);
        for (int i = 0; i < definitions.size(); i++) {
            long counted = rs.getLong(columns.column()[i][0]);
            long denominator = rs.getLong(columns.column()[i][1]);
            if (denominator > 0 && (counted > 0 || !onlyWithNumerator)) {
                counts.get(definitions.get(i).id()).add(new MonthCount(unitId, placedMonth / 100,
                        placedMonth % 100, counted, denominator));
            }
        }
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
            List<List<String>> breakdowns, String where, String shared) {
    }

    /** The rows placed between {@code from} and {@code to}, both included, read as {@link #selection} reads them. */
    private static String range(Selection selection, LocalDate from, LocalDate to) {
        if (wholeMonths(from, to) > WHOLE_MONTHS_READ_BY_MONTH) {
            return "f." + selection.month() + " >= " + month(from) + " and f." + selection.month() + " <= " + month(to);
        }
        return "f." + selection.date() + " >= " + literal(from) + " and f." + selection.date() + " <= " + literal(to);
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
        StringBuilder sharedConditions = new StringBuilder();
        for (String condition : shared) {
            sharedConditions.append(" and ").append(condition);
        }
        where += sharedConditions;
        if (oneUnit) {
            where += " and f.unit_id = :unitId";
        }
        return new Selection(column, monthColumn, mets, counts, lates, breakdowns, where, sharedConditions.toString());
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
