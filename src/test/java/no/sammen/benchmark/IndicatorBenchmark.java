package no.sammen.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import no.sammen.SammenApplication;
import no.sammen.benchmark.SyntheticData.Result;
import no.sammen.benchmark.SyntheticData.Settings;
import no.sammen.conversation.ConversationDetails;
import no.sammen.conversation.ConversationKind;
import no.sammen.conversation.ConversationTopic;
import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.IndicatorValue;
import no.sammen.indicator.SettledMonths;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.ShownValue;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SpcResult;
import no.sammen.spc.SubgroupKey;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The indicator benchmark (see the README's "Benchmark" section): generates synthetic courses into a
 * throwaway database, starts the real application on it, and times the full regional report cold
 * (the first after start) and warm. Run it with {@code ./mvnw -B -q -Pbenchmark verify}, on H2 by
 * default or on PostgreSQL with {@code -Dbenchmark.db=postgres}.
 *
 * <p>System properties, all optional: {@code benchmark.db} ({@code h2} or {@code postgres}),
 * {@code benchmark.courses} (100000), {@code benchmark.units} (30), {@code benchmark.clinics} (8),
 * {@code benchmark.trusts} (2), {@code benchmark.years} (5), {@code benchmark.seed} (2026),
 * {@code benchmark.warmups} (3), {@code benchmark.runs} (5), {@code benchmark.postgres.url} (the
 * server's maintenance database, {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code benchmark.postgres.user} ({@code postgres}), {@code benchmark.postgres.password} (empty),
 * {@code benchmark.keep} ({@code false}; true leaves the database behind for a closer look).
 */
public final class IndicatorBenchmark {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private IndicatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("benchmark.db", "h2").trim().toLowerCase(Locale.ROOT);
        String reuse = System.getProperty("benchmark.reuse", "").trim();
        boolean keep = Boolean.getBoolean("benchmark.keep") || !reuse.isEmpty();
        Database database = !reuse.isEmpty() ? Database.reused(reuse,
                System.getProperty("benchmark.postgres.user", "postgres"),
                System.getProperty("benchmark.postgres.password", "")) : switch (db) {
            case "h2" -> Database.h2();
            case "postgres", "postgresql" -> Database.postgres(
                    System.getProperty("benchmark.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    System.getProperty("benchmark.postgres.user", "postgres"),
                    System.getProperty("benchmark.postgres.password", ""), keep);
            default -> throw new IllegalArgumentException("benchmark.db must be h2 or postgres, not " + db);
        };
        boolean ok;
        try {
            ok = new IndicatorBenchmark().run(database);
        } finally {
            if (keep) {
                System.out.println("kept the database: " + database.url);
            } else {
                database.drop();
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private boolean run(Database database) {
        int courses = Integer.getInteger("benchmark.courses", 100_000);
        int units = Integer.getInteger("benchmark.units", 30);
        int clinics = Integer.getInteger("benchmark.clinics", 8);
        int trusts = Integer.getInteger("benchmark.trusts", 2);
        int years = Integer.getInteger("benchmark.years", 5);
        long seed = Long.getLong("benchmark.seed", 2026);
        int warmups = Integer.getInteger("benchmark.warmups", 3);
        int runs = Integer.getInteger("benchmark.runs", 5);

        LocalDate today = LocalDate.now(NORWAY);
        LocalDate to = today.withDayOfMonth(1).minusDays(1);
        LocalDate from = to.withDayOfMonth(1).minusMonths(12L * years - 1);
        Settings settings = new Settings("Syntetisk", trusts, clinics, units, courses, from, to, today, seed);

        print("Sammen indicator benchmark on %s, %d processors, Java %s, max heap %d MB", database.description,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1 << 20));
        printLoad();
        print("data: %,d courses in %d units, %d clinics, %d trusts; starts %s – %s; seed %d", courses, units,
                clinics, trusts, from, to, seed);

        // 1. Migrate the empty database by starting the application, and fill it (unless it is one kept before).
        long started = System.nanoTime();
        Result data = null;
        long statisticsMillis = 0;
        long rebuildMillis;
        if (database.reused) {
            print("timing the database kept by an earlier run with these settings: no data generated, and the"
                    + " report not checked against the generator");
        } else try (ConfigurableApplicationContext context = start(database, database.generationUrl)) {
            print("application started on the empty database (migrations included) in %,d ms", millisSince(started));
            data = new SyntheticData(context.getBean(DataSource.class),
                    context.getBean(PlatformTransactionManager.class)).generate(settings);
            long rebuild = System.nanoTime();
            int withFacts = context.getBean(CourseFactService.class).rebuildWithoutLog();
            rebuildMillis = millisSince(rebuild);
            print("rebuilt the facts of %,d courses from the registrations in %,d ms", withFacts, rebuildMillis);
            // As start-up (or the end of a rebuild) would: every settled month counted once (ADR 0033).
            SettledMonths.Run settled = context.getBean(SettledMonths.class).settle();
            print("settled every settled month: %,d counts written in %,d ms", settled.counts(), settled.millis());
            long analyse = System.nanoTime();
            context.getBean(JdbcTemplate.class).execute(database.statistics);
            statisticsMillis = millisSince(analyse);
        }
        if (data != null) {
            print("generated %,d rows in %,d ms (%,.0f rows/s); %s %,d ms", data.totalRows(),
                    data.millis(), data.totalRows() * 1000.0 / Math.max(1, data.millis()), database.statistics,
                    statisticsMillis);
            data.rows().forEach((table, rows) -> print("  %-32s %,10d", table, rows));
        }

        // 2. Start again, as after a deployment, and time the report.
        started = System.nanoTime();
        try (ConfigurableApplicationContext context = start(database, database.url)) {
            print("application restarted in %,d ms", millisSince(started));
            IndicatorService indicators = context.getBean(IndicatorService.class);
            if (database.reused) {
                SettledMonths.Run settled = context.getBean(SettledMonths.class).settle();
                print("settled what the earlier run left: %,d change rows, %,d counts written in %,d ms",
                        settled.changes(), settled.counts(), settled.millis());
            }

            RegionalReport cold = fullRegionalReport(indicators, from, to, Fetch.CATALOG);
            boolean ok = data == null || check(cold, indicators, data, from, to, today, 12 * years);
            for (int i = 0; i < warmups; i++) {
                fullRegionalReport(indicators, from, to, Fetch.CATALOG);
            }
            Map<Fetch, List<RegionalReport>> warm = new LinkedHashMap<>();
            for (Fetch fetch : Fetch.values()) {
                for (int i = 0; i < runs; i++) {
                    warm.computeIfAbsent(fetch, f -> new ArrayList<>())
                            .add(fullRegionalReport(indicators, from, to, fetch));
                }
            }

            List<RegionalReport> best = warm.get(Fetch.CATALOG);
            print("full regional report: %d indicators × %d series (units, clinics, trusts, region) × %d months"
                    + " = %,d values and %,d P charts", cold.indicators().size(), cold.charts() / Math.max(1,
                    cold.indicators().size()), 12 * years, cold.values(), cold.charts());
            print("  cold (first after start)           %,7d ms", cold.millis());
            print("  warm (%d runs after %d warm-up)      median %,d ms, min %,d ms, max %,d ms", runs, warmups,
                    median(millis(best)), best.stream().mapToLong(RegionalReport::millis).min().orElse(0),
                    best.stream().mapToLong(RegionalReport::millis).max().orElse(0));
            print("    of which reading the values (queries, roll-up) median %,d ms, P charts median %,d ms",
                    median(best.stream().map(RegionalReport::valueMillis).toList()),
                    median(best.stream().map(RegionalReport::chartMillis).toList()));
            print("  the same report read otherwise, warm medians:");
            print("    one query per indicator (valuesByLevel)     %,7d ms", median(millis(warm.get(Fetch.INDICATOR))));
            print("    one query per indicator and level (values)  %,7d ms", median(millis(warm.get(Fetch.LEVEL))));
            LocalDate lastMonth = to.withDayOfMonth(1);
            LocalDate unitReportFrom = lastMonth.minusMonths(23);
            print("  narrower reads, warm medians of %d runs:", runs);
            print("    every indicator, units, one month (as a FHIR MeasureReport bundle or CSV of a month) %,5d ms",
                    median(timed(runs, () -> {
                        for (IndicatorDefinition d : indicators.catalog()) {
                            indicators.values(d.id(), OrgLevel.UNIT, PeriodType.MONTH, lastMonth, to);
                        }
                    })));
            print("    every indicator, units, 24 months (as the unit report)                          %,5d ms",
                    median(timed(runs, () -> {
                        for (IndicatorDefinition d : indicators.catalog()) {
                            indicators.values(d.id(), OrgLevel.UNIT, PeriodType.MONTH, unitReportFrom, to);
                        }
                    })));
            print("  per indicator (one query each), warm medians: query and roll-up / P charts");
            List<RegionalReport> perIndicator = warm.get(Fetch.INDICATOR);
            for (int i = 0; i < cold.indicators().size(); i++) {
                int index = i;
                print("    %-13s %,6d ms / %,4d ms", cold.indicators().get(i).id(),
                        median(perIndicator.stream().map(r -> r.indicators().get(index).queryMillis()).toList()),
                        median(perIndicator.stream().map(r -> r.indicators().get(index).chartMillis()).toList()));
            }
            long suppressedStarted = System.nanoTime();
            long[] suppressed = analystReport(indicators, from, to);
            long suppressedCold = millisSince(suppressedStarted);
            List<Long> suppressedWarm = timed(runs, () -> analystReport(indicators, from, to));
            print("full regional report as an analyst sees it (linked suppression per calendar year, P charts of"
                    + " what is shown): %,d values, %,d hidden", suppressed[0], suppressed[1]);
            print("  first run %,d ms, warm median %,d ms (min %,d, max %,d)", suppressedCold,
                    median(suppressedWarm), suppressedWarm.stream().mapToLong(Long::longValue).min().orElse(0),
                    suppressedWarm.stream().mapToLong(Long::longValue).max().orElse(0));
            int registrations = Integer.getInteger("benchmark.registrations", 500);
            registrations(context, registrations, seed, false);
            ok &= pending(context, indicators, registrations, seed, from, to, runs);
            printLoad();
            return ok;
        }
    }

    /**
     * The report with changes pending (ADR 0033): after {@code count} basic conversations registered on active
     * courses of every unit (half of them timed as registrations, after the other half), before the settler has run, the warm full report (its changed cells counted
     * live); then the settler's run, and the report again.
     */
    private static boolean pending(ConfigurableApplicationContext context, IndicatorService indicators, int count,
            long seed, LocalDate from, LocalDate to, int runs) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // The registrations timed before are taken in first, as the settler's schedule would have.
        context.getBean(SettledMonths.class).settle();
        registrations(context, count / 2, seed + 1, true);
        Long changes = jdbc.queryForObject("select count(*) from course_fact_change", Long.class);
        Long cells = jdbc.queryForObject("select count(*) from (select distinct placed, unit_id, cell_month"
                + " from course_fact_change) c", Long.class);
        RegionalReport first = fullRegionalReport(indicators, from, to, Fetch.CATALOG);
        List<RegionalReport> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            warm.add(fullRegionalReport(indicators, from, to, Fetch.CATALOG));
        }
        print("full regional report with %,d change rows pending (%,d distinct cells, of which the settled ones"
                + " are counted live), before the settler's run: first %,d ms, warm median %,d ms (min %,d, max %,d)",
                changes, cells, first.millis(), median(millis(warm)),
                warm.stream().mapToLong(RegionalReport::millis).min().orElse(0),
                warm.stream().mapToLong(RegionalReport::millis).max().orElse(0));
        SettledMonths.Run run = context.getBean(SettledMonths.class).settle();
        print("the settler's run taking them in: %,d change rows, %,d counts written, %,d ms", run.changes(),
                run.counts(), run.millis());
        List<RegionalReport> after = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            after.add(fullRegionalReport(indicators, from, to, Fetch.CATALOG));
        }
        print("full regional report after it: warm median %,d ms", median(millis(after)));
        // The report with changes pending and after settling must be the live count's.
        boolean same = sameValues(first, after.get(0));
        print("check: the report with changes pending equals the report after settling: %s", same ? "ok" : "FAILED");
        return same;
    }

    private static boolean sameValues(RegionalReport a, RegionalReport b) {
        for (int i = 0; i < a.indicators().size(); i++) {
            if (!a.indicators().get(i).values().equals(b.indicators().get(i).values())) {
                return false;
            }
        }
        return true;
    }

    /**
     * One registration's cost: a basic conversation registered through the service as a clinician of
     * one unit (or, with {@code allUnits}, of every unit), with its audit entry and the course's facts kept in
     * the same transaction, on courses picked at random; the median and the 99th percentile after as many
     * again to warm up.
     */
    private static void registrations(ConfigurableApplicationContext context, int count, long seed,
            boolean allUnits) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String unit = jdbc.queryForObject("select unit_id from treatment_course group by unit_id order by count(*) desc"
                + " fetch first 1 row only", String.class);
        String user = "benchmark-" + UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        jdbc.update("insert into user_account (id, username, display_name, password_hash, enabled, version)"
                + " values (?, ?, 'Benchmark', 'x', true, 0)", userId, user);
        jdbc.update("insert into user_role (user_id, role) values (?, 'CLINICIAN')", userId);
        if (allUnits) {
            jdbc.update("insert into user_unit (user_id, unit_id) select distinct ?, unit_id from treatment_course",
                    userId);
        } else {
            jdbc.update("insert into user_unit (user_id, unit_id) values (?, ?)", userId, UUID.fromString(unit));
        }
        List<Object[]> courses = new ArrayList<>(jdbc.query("select id, start_date from treatment_course"
                + " where " + (allUnits ? "" : "unit_id = ? and ") + "end_date is null and start_date <= current_date",
                (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)},
                allUnits ? new Object[0] : new Object[] {UUID.fromString(unit)}));
        Collections.shuffle(courses, new java.util.Random(seed));
        // The service is internal to its module; the benchmark calls its public method as the module's
        // controllers do, through the Spring proxy (transaction, audit entry and facts included).
        Object conversations = context.getBean("conversationService");
        java.lang.reflect.Method register;
        try {
            register = Class.forName("no.sammen.conversation.ConversationService")
                    .getDeclaredMethod("register", UUID.class, ConversationDetails.class);
            register.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, List.of()));
        try {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < 2 * count; i++) {
                Object[] course = courses.get(i % courses.size());
                ConversationDetails details = new ConversationDetails(ConversationKind.PATIENT,
                        (LocalDate) course[1], Set.of(), "Benchmark", Set.of(ConversationTopic.CONFIDENTIALITY), null, null);
                long started = System.nanoTime();
                try {
                    register.invoke(conversations, course[0], details);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (i >= count) {
                    nanos.add(System.nanoTime() - started);
                }
            }
            Collections.sort(nanos);
            print("registering a basic conversation through the service (audit entry and facts included), %d of"
                    + " %,d active courses of %s after %d to warm up: median %.1f ms, p99 %.1f ms, max %.1f ms",
                    count, courses.size(), allUnits ? "every unit" : "one unit", count, nanos.get(nanos.size() / 2) / 1e6,
                    nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1) / 1e6, nanos.get(nanos.size() - 1) / 1e6);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Other work on the machine skews the figures; say how busy it was. */
    private static void printLoad() {
        print("system load average (1 min): %.2f on %d processors",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * How the report reads the values: every indicator at once ({@code catalogValues}, one query per
     * placing date), one indicator at a time ({@code valuesByLevel}), or one indicator and level at
     * a time ({@code values}).
     */
    enum Fetch {
        CATALOG, INDICATOR, LEVEL
    }

    record IndicatorPart(String id, Map<OrgLevel, List<IndicatorValue>> values, List<SpcResult> charts,
            long queryMillis, long chartMillis) {
    }

    /**
     * @param millis      the whole report
     * @param valueMillis reading the values (queries and roll-up)
     * @param chartMillis computing the P charts
     */
    record RegionalReport(List<IndicatorPart> indicators, long millis, long valueMillis, long chartMillis) {

        long values() {
            return indicators.stream().flatMap(p -> p.values().values().stream()).mapToLong(List::size).sum();
        }

        long charts() {
            return indicators.stream().mapToLong(p -> p.charts().size()).sum();
        }
    }

    /**
     * The full regional report: for every indicator of the catalog, its values per unit, clinic, trust
     * and the region for each month from {@code from} to {@code to}, and a P chart of each of those
     * series. This is the computation timed; it stands in for the regional report service, which
     * should replace it once it exists.
     */
    static RegionalReport fullRegionalReport(IndicatorService indicators, LocalDate from, LocalDate to, Fetch fetch) {
        long started = System.nanoTime();
        long valueNanos = 0;
        long chartNanos = 0;
        List<IndicatorPart> parts = new ArrayList<>();
        Map<String, Map<OrgLevel, List<IndicatorValue>>> all = fetch == Fetch.CATALOG
                ? indicators.catalogValues(EnumSet.allOf(OrgLevel.class), PeriodType.MONTH, from, to) : Map.of();
        valueNanos += System.nanoTime() - started;
        for (IndicatorDefinition definition : indicators.catalog()) {
            long queried = System.nanoTime();
            Map<OrgLevel, List<IndicatorValue>> values = switch (fetch) {
                case CATALOG -> all.get(definition.id());
                case INDICATOR -> indicators.valuesByLevel(definition.id(), EnumSet.allOf(OrgLevel.class),
                        PeriodType.MONTH, from, to);
                case LEVEL -> {
                    Map<OrgLevel, List<IndicatorValue>> byLevel = new LinkedHashMap<>();
                    for (OrgLevel level : OrgLevel.values()) {
                        byLevel.put(level, indicators.values(definition.id(), level, PeriodType.MONTH, from, to));
                    }
                    yield byLevel;
                }
            };
            long charted = System.nanoTime();
            List<SpcResult> charts = new ArrayList<>();
            for (List<IndicatorValue> level : values.values()) {
                Map<Object, List<IndicatorValue>> series = new LinkedHashMap<>();
                for (IndicatorValue value : level) {
                    series.computeIfAbsent(value.orgId() == null ? "region" : value.orgId(), k -> new ArrayList<>())
                            .add(value);
                }
                for (List<IndicatorValue> periods : series.values()) {
                    charts.add(pChart(periods));
                }
            }
            long done = System.nanoTime();
            valueNanos += charted - queried;
            chartNanos += done - charted;
            parts.add(new IndicatorPart(definition.id(), values, charts, (charted - queried) / 1_000_000,
                    (done - charted) / 1_000_000));
        }
        return new RegionalReport(parts, millisSince(started), valueNanos / 1_000_000, chartNanos / 1_000_000);
    }

    /**
     * The whole regional report as the analyst's pages and exports give it: every indicator at every
     * level and month, suppressed, with a P chart of each series over the values shown.
     *
     * @return how many values there are, and how many of them are hidden
     */
    static long[] analystReport(IndicatorService indicators, LocalDate from, LocalDate to) {
        long values = 0;
        long hidden = 0;
        for (List<ShownValue> shown : indicators.catalogShownValues(PeriodType.MONTH, from, to, Set.of()).values()) {
            Map<Object, List<ShownValue>> series = new LinkedHashMap<>();
            for (ShownValue value : shown) {
                series.computeIfAbsent(java.util.Arrays.asList(value.level(), value.orgId()), k -> new ArrayList<>())
                        .add(value);
                values++;
                hidden += value.hidden() ? 1 : 0;
            }
            for (List<ShownValue> periods : series.values()) {
                List<Observation> observations = new ArrayList<>(periods.size());
                for (ShownValue v : periods) {
                    boolean missing = v.value() == null;
                    observations.add(new Observation(new SubgroupKey.Date(v.periodStart()),
                            missing ? null : (double) v.numerator(), missing ? 0.0 : (double) v.denominator(), null,
                            false));
                }
                SpcEngine.compute("p", observations, null, false);
            }
        }
        return new long[] {values, hidden};
    }

    /** The P chart of one series; months without courses are missing values. */
    private static SpcResult pChart(List<IndicatorValue> periods) {
        List<Observation> observations = new ArrayList<>(periods.size());
        for (IndicatorValue v : periods) {
            boolean missing = v.denominator() == 0;
            observations.add(new Observation(new SubgroupKey.Date(v.periodStart()),
                    missing ? null : (double) v.numerator(), (double) v.denominator(), null, false));
        }
        return SpcEngine.compute("p", observations, null, false);
    }

    /**
     * The report's region totals must equal the generator's own count of each indicator, and each
     * level must sum to the same totals.
     */
    private static boolean check(RegionalReport report, IndicatorService indicators, Result data, LocalDate from,
            LocalDate to, LocalDate today, int months) {
        List<String> problems = new ArrayList<>();
        print("every indicator over the %d months, numerator / denominator as the generator counts them:", months);
        for (int i = 0; i < report.indicators().size(); i++) {
            IndicatorPart part = report.indicators().get(i);
            IndicatorDefinition definition = indicators.catalog().get(i);
            long[] expected = ExpectedCounts.count(definition, data.courses(), from, to, today);
            part.values().forEach((level, values) -> {
                long numerator = values.stream().mapToLong(IndicatorValue::numerator).sum();
                long denominator = values.stream().mapToLong(IndicatorValue::denominator).sum();
                if (numerator != expected[0] || denominator != expected[1]) {
                    problems.add("%s %s: %d/%d, expected %d/%d".formatted(part.id(), level, numerator, denominator,
                            expected[0], expected[1]));
                }
            });
            List<IndicatorValue> region = part.values().get(OrgLevel.REGION);
            print("  %-13s %,8d / %,8d (%.1f %%)", part.id(), expected[0], expected[1],
                    expected[1] == 0 ? 0 : 100.0 * expected[0] / expected[1]);
            if (region.size() != months) {
                problems.add(part.id() + ": " + region.size() + " region months");
            }
        }
        if (problems.isEmpty()) {
            print("check: every level of every indicator sums to the generator's own count (above): ok");
            return true;
        }
        problems.forEach(p -> print("CHECK FAILED: %s", p));
        return false;
    }

    private static ConfigurableApplicationContext start(Database database, String url) {
        return new SpringApplicationBuilder(SammenApplication.class)
                .profiles("benchmark")
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + database.user,
                        "--spring.datasource.password=" + database.password);
    }

    private static List<Long> timed(int runs, Runnable work) {
        work.run();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis.add(millisSince(started));
        }
        return millis;
    }

    private static List<Long> millis(List<RegionalReport> reports) {
        return reports.stream().map(RegionalReport::millis).toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** The throwaway database: an H2 file under target/, or a new PostgreSQL database. */
    static final class Database {

        final String description;
        final String url;
        /** The URL while generating: on H2 with a page cache that holds the data, so that inserts are fast. */
        final String generationUrl;
        /**
         * Brings the table statistics up to date after the bulk load, as the database's own maintenance
         * would before long; on PostgreSQL a vacuum also marks the pages all-visible for index-only scans.
         */
        final String statistics;
        final String user;
        final String password;
        final Runnable drop;

        /** A database kept by an earlier run ({@code benchmark.keep}), timed again without generating. */
        boolean reused;

        static Database reused(String url, String user, String password) {
            Database database = new Database("database kept before, " + url, url, url, user, password, () -> {
            });
            database.reused = true;
            return database;
        }

        private Database(String description, String url, String generationUrl, String user, String password,
                Runnable drop) {
            this.description = description;
            this.url = url;
            this.generationUrl = generationUrl;
            this.statistics = url.startsWith("jdbc:postgresql:") ? "vacuum analyze" : "analyze";
            this.user = user;
            this.password = password;
            this.drop = drop;
        }

        static Database h2() throws IOException {
            Path directory = Path.of("target", "benchmark", "h2").toAbsolutePath();
            deleteDirectory(directory);
            Files.createDirectories(directory);
            String url = "jdbc:h2:file:" + directory.resolve("sammen")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            // H2 hands back the last result of a query run again on unchanged tables; the report is
            // timed as computed, as after any new registration, not as looked up.
            return new Database("H2 (file " + directory + ")", url + ";OPTIMIZE_REUSE_RESULTS=FALSE",
                    url + ";CACHE_SIZE=1048576", "sa", "", () -> {
                try {
                    deleteDirectory(directory);
                } catch (IOException e) {
                    System.err.println("could not delete " + directory + ": " + e.getMessage());
                }
            });
        }

        /**
         * Creates a database named sammen_bench_<pid>_<seconds> on the server of {@code adminUrl}, which
         * is dropped by {@link #drop()} or, failing that, when the JVM exits, unless it is to be kept.
         */
        static Database postgres(String adminUrl, String user, String password, boolean keep) throws SQLException {
            String name = "sammen_bench_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() / 1000;
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            String url = adminUrl.substring(0, slash + 1) + name
                    + (query < 0 ? "?" : adminUrl.substring(query) + "&") + "reWriteBatchedInserts=true";
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
                String version = connection.getMetaData().getDatabaseProductVersion();
                Database database = new Database("PostgreSQL " + version + " (database " + name + ")", url, url,
                        user, password, () -> {
                            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                                    Statement drop = admin.createStatement()) {
                                drop.execute("drop database if exists " + name + " with (force)");
                            } catch (SQLException e) {
                                System.err.println("could not drop database " + name + ": " + e.getMessage());
                            }
                        });
                if (!keep) {
                    Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
                }
                return database;
            }
        }

        private boolean dropped;

        synchronized void drop() {
            if (!dropped) {
                dropped = true;
                drop.run();
            }
        }

        private static void deleteDirectory(Path directory) throws IOException {
            if (!Files.exists(directory)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

}
