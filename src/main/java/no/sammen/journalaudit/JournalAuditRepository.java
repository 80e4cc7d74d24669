package no.sammen.journalaudit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal audit's tables, in plain SQL that H2 and PostgreSQL both run. Only this module reads them;
 * the populations are read from the course facts.
 */
@Repository
class JournalAuditRepository {

    private final JdbcClient jdbc;

    JournalAuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round as stored, with the number of completed records. */
    record RoundRow(UUID id, UUID unitId, PeriodKind periodKind, LocalDate periodStart, Population population,
            int checklistVersion, int sampleSize, int populationSize, long seed, String openedByName,
            Instant openedAt, int completed) {

        RoundView toView(String unitName) {
            return new RoundView(id, unitId, unitName, new AuditPeriod(periodKind, periodStart), population,
                    checklistVersion, sampleSize, populationSize, seed, openedByName, openedAt, completed);
        }
    }

    /** A sampled record as stored. */
    record RecordRow(UUID id, UUID roundId, int position, UUID courseId, boolean completed, String auditedBy,
            Instant changedAt, long version) {
    }

    /** A stored answer with what Sammen had registered for the item (null without a counterpart). */
    record AnswerRow(Answer answer, Boolean sammen) {
    }

    private static final String SELECT_ROUND = """
            select r.id, r.unit_id, r.period_kind, r.period_start, r.population, r.checklist_version, r.sample_size,
                r.population_size, r.seed, r.opened_by_name, r.opened_at,
                (select count(*) from journal_audit_record d where d.round_id = r.id and d.completed = true) as completed
            from journal_audit_round r""";

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        return new RoundRow(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                PeriodKind.valueOf(rs.getString("period_kind")), rs.getObject("period_start", LocalDate.class),
                Population.valueOf(rs.getString("population")), rs.getInt("checklist_version"),
                rs.getInt("sample_size"), rs.getInt("population_size"), rs.getLong("seed"),
                rs.getString("opened_by_name"), rs.getTimestamp("opened_at").toInstant(), rs.getInt("completed"));
    }

    Optional<RoundRow> round(UUID id) {
        return jdbc.sql(SELECT_ROUND + " where r.id = :id").param("id", id).query(JournalAuditRepository::round)
                .optional();
    }

    /** The unit's rounds, oldest period first. */
    List<RoundRow> rounds(UUID unitId) {
        return jdbc.sql(SELECT_ROUND + " where r.unit_id = :unit order by r.period_start, r.period_kind, r.population")
                .param("unit", unitId).query(JournalAuditRepository::round).list();
    }

    boolean exists(UUID unitId, Population population, AuditPeriod period) {
        return jdbc.sql("""
                        select count(*) from journal_audit_round where unit_id = :unit and population = :population
                          and period_kind = :kind and period_start = :start""")
                .param("unit", unitId).param("population", population.name()).param("kind", period.kind().name())
                .param("start", period.start()).query(Long.class).single() > 0;
    }

    void insertRound(RoundRow round, UUID openedBy, List<UUID> population, List<UUID> sample) {
        jdbc.sql("""
                        insert into journal_audit_round (id, unit_id, period_kind, period_start, population,
                            checklist_version, sample_size, population_size, seed, opened_by, opened_by_name, opened_at)
                        values (:id, :unit, :kind, :start, :population, :version, :size, :populationSize, :seed,
                            :openedBy, :openedByName, :openedAt)""")
                .param("id", round.id()).param("unit", round.unitId()).param("kind", round.periodKind().name())
                .param("start", round.periodStart()).param("population", round.population().name())
                .param("version", round.checklistVersion()).param("size", round.sampleSize())
                .param("populationSize", round.populationSize()).param("seed", round.seed())
                .param("openedBy", openedBy).param("openedByName", round.openedByName())
                .param("openedAt", Timestamp.from(round.openedAt())).update();
        for (UUID course : population) {
            jdbc.sql("insert into journal_audit_population (round_id, course_id) values (:round, :course)")
                    .param("round", round.id()).param("course", course).update();
        }
        for (int i = 0; i < sample.size(); i++) {
            jdbc.sql("""
                            insert into journal_audit_record (id, round_id, position, course_id, completed, version)
                            values (:id, :round, :position, :course, false, 0)""")
                    .param("id", UUID.randomUUID()).param("round", round.id()).param("position", i + 1)
                    .param("course", sample.get(i)).update();
        }
    }

    /** The population the round was drawn from, in no particular order. */
    List<UUID> population(UUID roundId) {
        return jdbc.sql("select course_id from journal_audit_population where round_id = :round")
                .param("round", roundId).query(UUID.class).list();
    }

    /** The round's records in the order of the draw. */
    List<RecordRow> records(UUID roundId) {
        return jdbc.sql("""
                        select id, round_id, position, course_id, completed, audited_by, changed_at, version
                        from journal_audit_record where round_id = :round order by position""")
                .param("round", roundId)
                .query((rs, n) -> new RecordRow(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
                        rs.getInt("position"), rs.getObject("course_id", UUID.class), rs.getBoolean("completed"),
                        rs.getString("audited_by"),
                        rs.getTimestamp("changed_at") == null ? null : rs.getTimestamp("changed_at").toInstant(),
                        rs.getLong("version")))
                .list();
    }

    /**
     * A round whose period starts between two days, with its sample size and completed records: for K8 in the
     * indicator catalog (ADR 0038).
     */
    record RoundCount(UUID id, UUID unitId, LocalDate periodStart, int sampleSize, int completed) {
    }

    /** The rounds of every unit whose period starts from {@code from} to {@code to}, in one statement. */
    List<RoundCount> roundCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select r.id, r.unit_id, r.period_start, r.sample_size,
                            (select count(*) from journal_audit_record d where d.round_id = r.id and d.completed = true)
                                as completed
                        from journal_audit_round r where r.period_start between :from and :to""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new RoundCount(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getObject("period_start", LocalDate.class), rs.getInt("sample_size"),
                        rs.getInt("completed")))
                .list();
    }

    /**
     * The answers of the completed records of every round whose period starts from {@code from} to {@code to},
     * per round and record, in one statement.
     */
    Map<UUID, Map<UUID, Map<String, Answer>>> completedAnswers(LocalDate from, LocalDate to) {
        Map<UUID, Map<UUID, Map<String, Answer>>> answers = new HashMap<>();
        jdbc.sql("""
                        select d.round_id, a.record_id, a.item_id, a.answer
                        from journal_audit_answer a
                        join journal_audit_record d on d.id = a.record_id and d.completed = true
                        join journal_audit_round r on r.id = d.round_id
                        where r.period_start between :from and :to""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getObject("round_id", UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getObject("record_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("item_id"), Answer.valueOf(rs.getString("answer")));
                });
        return answers;
    }

    /** The answers of the round's records, by record and item, items in the order stored. */
    Map<UUID, Map<String, AnswerRow>> answers(UUID roundId) {
        Map<UUID, Map<String, AnswerRow>> answers = new HashMap<>();
        jdbc.sql("""
                        select a.record_id, a.item_id, a.answer, a.sammen_registered
                        from journal_audit_answer a join journal_audit_record r on r.id = a.record_id
                        where r.round_id = :round order by a.record_id, a.item_id""")
                .param("round", roundId)
                .query(rs -> {
                    Object sammen = rs.getObject("sammen_registered");
                    answers.computeIfAbsent(rs.getObject("record_id", UUID.class), r -> new LinkedHashMap<>())
                            .put(rs.getString("item_id"), new AnswerRow(Answer.valueOf(rs.getString("answer")),
                                    sammen == null ? null : rs.getBoolean("sammen_registered")));
                });
        return answers;
    }

    /**
     * Saves a record's answers at the version read, replacing those stored; false when the record was
     * changed since (nothing is written then).
     */
    boolean saveRecord(UUID recordId, long version, boolean completed, String auditedBy, Instant at,
            Map<String, AnswerRow> answers) {
        int changed = jdbc.sql("""
                        update journal_audit_record set completed = :completed, audited_by = :by, changed_at = :at,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("completed", completed).param("by", auditedBy).param("at", Timestamp.from(at))
                .param("id", recordId).param("version", version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from journal_audit_answer where record_id = :id").param("id", recordId).update();
        for (Map.Entry<String, AnswerRow> answer : answers.entrySet()) {
            jdbc.sql("""
                            insert into journal_audit_answer (record_id, item_id, answer, sammen_registered)
                            values (:record, :item, :answer, :sammen)""")
                    .param("record", recordId).param("item", answer.getKey())
                    .param("answer", answer.getValue().answer().name())
                    .param("sammen", answer.getValue().sammen(), java.sql.Types.BOOLEAN).update();
        }
        return true;
    }

    /** Psychosis courses of the unit that started (or ended) in the period, from the course facts. */
    List<UUID> psychosisCourses(UUID unitId, AuditPeriod period, boolean ended) {
        String date = ended ? "end_date" : "start_date";
        return jdbc.sql("select course_id from course_fact where unit_id = :unit and psychosis = true and " + date
                        + " >= :from and " + date + " <= :to")
                .param("unit", unitId).param("from", period.start()).param("to", period.end())
                .query(UUID.class).list();
    }
}
