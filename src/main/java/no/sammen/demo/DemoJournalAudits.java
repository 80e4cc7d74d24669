package no.sammen.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import no.sammen.journalaudit.SampleDraw;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal audits of the demo (ADR 0034): at every unit, a monthly round of up to ten psychosis courses
 * started in the month, from six months before the unit's implementation start to the last full month, drawn
 * as the module draws (the population sorted by id, shuffled with the stored seed). The auditor's answers
 * follow what Sammen registered for the items it knows and, for the others, a share of yes that rises from
 * about a third before the start to about 85 % a year after it. The last round is left half done, so that it
 * shows as provisional. Written after the course facts are rebuilt, since the populations are read from them.
 */
final class DemoJournalAudits {

    static final String ROUND_ROW = """
            insert into journal_audit_round (id, unit_id, period_kind, period_start, population, checklist_version,
                sample_size, population_size, seed, opened_by, opened_by_name, opened_at)
            values (?, ?, 'MONTH', ?, 'STARTED_PSYCHOSIS', 1, ?, ?, ?, null, ?, ?)""";
    static final String POPULATION_ROW = "insert into journal_audit_population (round_id, course_id) values (?, ?)";
    static final String RECORD_ROW = """
            insert into journal_audit_record (id, round_id, position, course_id, completed, audited_by, changed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 1)""";
    static final String ANSWER_ROW = """
            insert into journal_audit_answer (record_id, item_id, answer, sammen_registered) values (?, ?, ?, ?)""";

    private static final int SAMPLE = 10;
    private static final String AUDITOR = "Per Solheim";

    private final JdbcClient jdbc;
    private final DemoRows rows;
    private final Random random;

    DemoJournalAudits(JdbcClient jdbc, DemoRows rows, Random random) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.random = random;
    }

    /** What Sammen registered for one course, as the audit's answers are drawn from. */
    private record Registered(boolean noNetwork, boolean closest, boolean contact, boolean crisisPlan,
            boolean childrenAsked) {
    }

    void unit(UUID unitId, LocalDate implementation, LocalDate firstDay, LocalDate today, OffsetDateTime now) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth month = YearMonth.from(implementation).minusMonths(6);
        if (month.isBefore(YearMonth.from(firstDay))) {
            month = YearMonth.from(firstDay);
        }
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<UUID, Registered> population = population(unitId, month);
            if (population.size() < 2) {
                continue;
            }
            int size = Math.min(SAMPLE, population.size());
            long seed = random.nextLong();
            List<UUID> sample = SampleDraw.draw(population.keySet(), size, seed);
            UUID round = DemoRows.id(random);
            LocalDate opened = month.plusMonths(1).atDay(3);
            rows.add(ROUND_ROW, round, unitId, month.atDay(1), size, population.size(), seed, AUDITOR, at(opened, now));
            for (UUID course : SampleDraw.ordered(population.keySet())) {
                rows.add(POPULATION_ROW, round, course);
            }
            double months = ChronoUnit.DAYS.between(implementation, month.atDay(15)) / 30.4;
            double yes = months < 0 ? 0.35 : 0.35 + 0.5 * Math.min(1.0, months / 12.0);
            boolean lastRound = month.equals(last);
            for (int i = 0; i < sample.size(); i++) {
                UUID record = DemoRows.id(random);
                boolean completed = !lastRound || i < sample.size() / 2;
                rows.add(RECORD_ROW, record, round, i + 1, sample.get(i), completed, completed ? AUDITOR : null,
                        completed ? at(opened.plusDays(1 + i % 5), now) : null);
                if (completed) {
                    answers(record, population.get(sample.get(i)), yes);
                }
            }
        }
    }

    private void answers(UUID record, Registered sammen, double yes) {
        answer(record, "CLOSEST_RELATIVE", sammen.noNetwork() ? null : known(sammen.closest(), yes), sammen.closest());
        answer(record, "RELATIVE_CONTACT", sammen.noNetwork() ? null : known(sammen.contact(), yes), sammen.contact());
        answer(record, "CONFIDENTIALITY", sammen.noNetwork() ? null : random.nextDouble() < yes, null);
        answer(record, "RELATIVE_EXPERIENCE", sammen.noNetwork() ? null : random.nextDouble() < yes, null);
        answer(record, "CRISIS_PLAN", known(sammen.crisisPlan(), yes), sammen.crisisPlan());
        answer(record, "CHILDREN", random.nextDouble() < 0.4 ? null : known(sammen.childrenAsked(), yes),
                sammen.childrenAsked());
    }

    /** Mostly what Sammen registered; now and then the journal shows what Sammen lacks, or the other way round. */
    private boolean known(boolean registered, double yes) {
        return registered ? random.nextDouble() < 0.92 : random.nextDouble() < yes * 0.45;
    }

    /** @param answer null for not applicable */
    private void answer(UUID record, String item, Boolean answer, Boolean sammen) {
        rows.add(ANSWER_ROW, record, item, answer == null ? "NOT_APPLICABLE" : answer ? "YES" : "NO", sammen);
    }

    private Map<UUID, Registered> population(UUID unitId, YearMonth month) {
        Map<UUID, Registered> population = new HashMap<>();
        jdbc.sql("""
                        select f.course_id, f.no_network, f.first_contact_on, f.crisis_plan_on,
                            (select count(*) from network_member m where m.course_id = f.course_id
                                and m.closest_relative = true) as closest,
                            (select count(*) from family_course c where c.course_id = f.course_id
                                and c.children_asked_on is not null) as children
                        from course_fact f
                        where f.unit_id = :unit and f.psychosis = true and f.start_date >= :from and f.start_date <= :to""")
                .param("unit", unitId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(rs -> {
                    population.put(rs.getObject("course_id", UUID.class), new Registered(rs.getBoolean("no_network"),
                            rs.getLong("closest") > 0, rs.getObject("first_contact_on") != null,
                            rs.getObject("crisis_plan_on") != null, rs.getLong("children") > 0));
                });
        return population;
    }

    private static Timestamp at(LocalDate day, OffsetDateTime now) {
        OffsetDateTime at = day.atTime(10, 0).atOffset(now.getOffset());
        return Timestamp.from((at.isAfter(now) ? now : at).toInstant());
    }
}
