package no.sammen.indicator;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.sammen.coursefact.CourseFactsRebuilt;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorQueries.MonthCount;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the counts of settled months (ADR 0033): per catalog version, indicator, unit and month whose values
 * can no longer change but by a change of a course's facts, the numerator and denominator that the live count
 * gives, computed by that same count ({@link IndicatorQueries#settledCounts}). A report reads them, and counts
 * live only the months not settled and the cells named in the change log ({@code course_fact_change}), which
 * every write of a course's facts appends to.
 *
 * <p>Each run is one short transaction that sees one snapshot of the database (repeatable read): it takes the
 * settler's row with {@code for update skip locked}, so that of several instances one works and the others
 * pass, recomputes the cells named in the change log and the months settled since its last run, and deletes the
 * change rows it has seen. Registrations only insert into the change log and reports only read, so neither
 * ever waits for it. A new catalog version, or a rebuild of the facts, has every settled month counted again.
 */
@Component
public class SettledMonths {

    private static final Logger LOG = LoggerFactory.getLogger(SettledMonths.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final IndicatorCatalog catalog;
    private final IndicatorQueries queries;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final IndicatorProperties properties;
    private ThreadPoolTaskScheduler scheduler;

    SettledMonths(JdbcClient jdbc, JdbcTemplate template, IndicatorCatalog catalog, IndicatorQueries queries,
            PlatformTransactionManager transactions, Clock clock, IndicatorProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.catalog = catalog;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactions);
        // One snapshot for the change log read, the counting and the deletion of the change rows seen.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * One run of the settler.
     *
     * @param ran     false when another instance held the settler's row, or its run failed
     * @param changes the change rows taken in
     * @param counts  the rows of counts written
     * @param millis  how long it took
     */
    public record Run(boolean ran, long changes, long counts, long millis) {
    }

    /** Settles as of today (the application's clock). */
    public Run settle() {
        return settle(LocalDate.now(clock));
    }

    /** Settles as of {@code today}: the day that decides which windows have closed. */
    public Run settle(LocalDate today) {
        long started = System.nanoTime();
        Optional<long[]> done = transaction.execute(status -> run(today));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (done == null || done.isEmpty()) {
            return new Run(false, 0, 0, millis);
        }
        return new Run(true, done.get()[0], done.get()[1], millis);
    }

    private Optional<long[]> run(LocalDate today) {
        List<Object[]> state = jdbc.sql("""
                select catalog_version, start_settled_through, end_settled_through
                from indicator_settler where id = 1 for update skip locked""")
                .query((rs, n) -> new Object[] {rs.getObject(1, Integer.class), rs.getObject(2, Integer.class),
                        rs.getObject(3, Integer.class)})
                .list();
        if (state.isEmpty()) {
            return Optional.empty();
        }
        int version = catalog.version();
        List<IndicatorDefinition> definitions = catalog.proportions();
        boolean all = state.get(0)[0] == null || (Integer) state.get(0)[0] != version;
        // Counts a report may be reading are thrown away (all of them, or months no longer settled): a new
        // generation, so that a report that read the old one counts live rather than miss them.
        boolean thrownAway = all;
        if (all) {
            jdbc.sql("delete from indicator_month_count").update();
        }
        long changes = jdbc.sql("select count(*) from course_fact_change").query(Long.class).single();
        long written = 0;
        Integer[] through = new Integer[2];
        for (PeriodDate periodDate : PeriodDate.values()) {
            List<IndicatorDefinition> placed = definitions.stream().filter(d -> d.periodDate() == periodDate).toList();
            Integer now = IndicatorQueries.settledThrough(definitions, periodDate, today);
            String where = " where catalog_version = " + version + " and placed = '" + periodDate.name() + "'";
            if (now == null) {
                jdbc.sql("delete from indicator_month_count" + where).update();
                continue;
            }
            Integer before = all ? null : (Integer) state.get(0)[periodDate == PeriodDate.START ? 1 : 2];
            int after = before == null ? 0 : before;
            if (after > now) {
                // Counted as of a later day than this one (a clock set back): those months are not settled now.
                jdbc.sql("delete from indicator_month_count" + where + " and cell_month > " + now).update();
                after = now;
                thrownAway = true;
            }
            // The cells counted again: the months settled since the last run, and the cells changed before them.
            jdbc.sql("delete from indicator_month_count" + where + " and cell_month <= " + now + " and (cell_month > "
                    + after + " or exists (select 1 from course_fact_change c"
                    + " where c.placed = indicator_month_count.placed and c.unit_id = indicator_month_count.unit_id"
                    + " and c.cell_month = indicator_month_count.cell_month))")
                    .update();
            written += insert(version, periodDate, queries.settledCounts(placed, periodDate, after, now, today));
            through[periodDate.ordinal()] = now;
        }
        // Only the rows this snapshot saw: a registration committed meanwhile stays in the log for the next run.
        jdbc.sql("delete from course_fact_change").update();
        jdbc.sql("""
                update indicator_settler set catalog_version = :version, start_settled_through = :start,
                    end_settled_through = :end, settled_on = :today, settled_at = :at,
                    generation = generation + :thrownAway where id = 1""")
                .param("version", version).param("start", through[0], java.sql.Types.INTEGER)
                .param("end", through[1], java.sql.Types.INTEGER).param("today", today)
                .param("at", OffsetDateTime.now(clock)).param("thrownAway", thrownAway ? 1 : 0).update();
        return Optional.of(new long[] {changes, written});
    }

    private long insert(int version, PeriodDate periodDate, Map<String, List<MonthCount>> counts) {
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((id, months) -> months.forEach(m -> rows.add(new Object[] {version, periodDate.name(),
                m.year() * 100 + m.month(), m.unitId(), id, m.numerator(), m.denominator()})));
        template.batchUpdate("insert into indicator_month_count (catalog_version, placed, cell_month, unit_id, indicator_id,"
                + " numerator, denominator) values (?, ?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    /**
     * The facts are computed again: the counts kept from them are thrown away in the rebuild's transaction
     * (the settler's row first, so that a report that read the old generation counts live).
     */
    @EventListener
    void rebuilt(CourseFactsRebuilt event) {
        jdbc.sql("""
                update indicator_settler set catalog_version = null, start_settled_through = null,
                    end_settled_through = null, generation = generation + 1 where id = 1""").update();
        jdbc.sql("delete from indicator_month_count").update();
    }

    /** After a rebuild, the months are settled again at once, in the background. */
    @TransactionalEventListener
    void afterRebuild(CourseFactsRebuilt event) {
        if (scheduler != null) {
            scheduler.execute(this::settleQuietly);
        }
    }

    /** At start-up (a new catalog version is counted then) and every {@code sammen.indicator.settle-every}. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.settleEvery() == null || properties.settleEvery().isZero()
                || properties.settleEvery().isNegative()) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("indicator-settler-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::settleQuietly, properties.settleEvery());
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    private void settleQuietly() {
        try {
            Run run = settle();
            if (run.ran() && (run.changes() > 0 || run.counts() > 0)) {
                LOG.info("Settled months: {} changed cells taken in, {} counts written in {} ms", run.changes(),
                        run.counts(), run.millis());
            }
        } catch (RuntimeException e) {
            // Reports count the cells it did not take in live; the next run tries again.
            LOG.warn("Settling the months failed; {} changed cells wait: {}", pending(), e.toString());
        }
    }

    /** The change rows not yet taken in. */
    long pending() {
        return jdbc.sql("select count(*) from course_fact_change").query(Long.class).single();
    }
}
