package no.sammen.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The survey tables, in plain SQL that H2 and PostgreSQL both run. Only this module reads them. What is written
 * with an answer is its round, its random id and the answers: nothing else (ADR 0036).
 */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round as stored. */
    record RoundRow(UUID id, UUID unitId, String questionnaire, int questionnaireVersion, LocalDate opensOn,
            LocalDate closesOn, LocalDate closedOn, String publicKey, boolean codesRequired, String openedByName,
            Instant openedAt, int unusedCodes) {

        RoundView toView(String unitName) {
            return new RoundView(id, unitId, unitName, questionnaire, questionnaireVersion, opensOn, closesOn,
                    closedOn, publicKey, codesRequired, openedByName, openedAt, unusedCodes);
        }
    }

    private static final String SELECT_ROUND = """
            select r.id, r.unit_id, r.questionnaire, r.questionnaire_version, r.opens_on, r.closes_on, r.closed_on,
                r.public_key, r.codes_required, r.opened_by_name, r.opened_at,
                (select count(*) from survey_code c where c.round_id = r.id) as unused_codes
            from survey_round r""";

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        return new RoundRow(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getString("questionnaire"), rs.getInt("questionnaire_version"),
                rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getString("public_key"), rs.getBoolean("codes_required"),
                rs.getString("opened_by_name"), rs.getTimestamp("opened_at").toInstant(), rs.getInt("unused_codes"));
    }

    Optional<RoundRow> round(UUID id) {
        return jdbc.sql(SELECT_ROUND + " where r.id = :id").param("id", id).query(SurveyRepository::round).optional();
    }

    Optional<RoundRow> byPublicKey(String key) {
        return jdbc.sql(SELECT_ROUND + " where r.public_key = :key").param("key", key).query(SurveyRepository::round)
                .optional();
    }

    /** The unit's rounds, oldest first. */
    List<RoundRow> rounds(UUID unitId) {
        return jdbc.sql(SELECT_ROUND + " where r.unit_id = :unit order by r.opens_on, r.closes_on, r.id")
                .param("unit", unitId).query(SurveyRepository::round).list();
    }

    void insertRound(RoundRow r, UUID openedBy) {
        jdbc.sql("""
                        insert into survey_round (id, unit_id, questionnaire, questionnaire_version, opens_on, closes_on,
                            public_key, codes_required, opened_by, opened_by_name, opened_at)
                        values (:id, :unit, :questionnaire, :version, :opens, :closes, :key, :codes, :openedBy,
                            :openedByName, :openedAt)""")
                .param("id", r.id()).param("unit", r.unitId()).param("questionnaire", r.questionnaire())
                .param("version", r.questionnaireVersion()).param("opens", r.opensOn()).param("closes", r.closesOn())
                .param("key", r.publicKey()).param("codes", r.codesRequired()).param("openedBy", openedBy)
                .param("openedByName", r.openedByName()).param("openedAt", Timestamp.from(r.openedAt())).update();
    }

    /** Closes the round on the day given; false when it was closed already. */
    boolean close(UUID id, LocalDate on) {
        return jdbc.sql("update survey_round set closed_on = :on where id = :id and closed_on is null")
                .param("on", on).param("id", id).update() == 1;
    }

    void insertCodes(UUID roundId, List<String> hashes) {
        for (String hash : hashes) {
            jdbc.sql("insert into survey_code (round_id, code_hash) values (:round, :hash)")
                    .param("round", roundId).param("hash", hash).update();
        }
    }

    /** Uses a code: deletes it, so that nothing links it to the answer. False when it is not (or no longer) there. */
    boolean useCode(UUID roundId, String hash) {
        return jdbc.sql("delete from survey_code where round_id = :round and code_hash = :hash")
                .param("round", roundId).param("hash", hash).update() == 1;
    }

    /** Stores one answered questionnaire: a random id, the round, and the answers by item. */
    void insertResponse(UUID roundId, Map<String, String> choices, Map<String, String> texts) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, round_id) values (:id, :round)").param("id", id)
                .param("round", roundId).update();
        choices.forEach((item, choice) -> jdbc.sql("""
                        insert into survey_answer (response_id, item_id, choice, free_text) values (:id, :item, :choice, null)""")
                .param("id", id).param("item", item).param("choice", choice).update());
        texts.forEach((item, text) -> jdbc.sql("""
                        insert into survey_answer (response_id, item_id, choice, free_text) values (:id, :item, null, :text)""")
                .param("id", id).param("item", item).param("text", text).update());
    }

    /** The number of answered questionnaires per round. */
    Map<UUID, Integer> responseCounts(List<UUID> rounds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (rounds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select round_id, count(*) as n from survey_response where round_id in (:rounds) group by round_id")
                .param("rounds", rounds)
                .query(rs -> {
                    counts.put(rs.getObject("round_id", UUID.class), rs.getInt("n"));
                });
        return counts;
    }

    /** How often each choice of each item was given, per round: round → item → choice → count. */
    Map<UUID, Map<String, Map<String, Integer>>> choiceCounts(List<UUID> rounds) {
        Map<UUID, Map<String, Map<String, Integer>>> counts = new HashMap<>();
        if (rounds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select r.round_id, a.item_id, a.choice, count(*) as n
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where r.round_id in (:rounds) and a.choice is not null
                        group by r.round_id, a.item_id, a.choice""")
                .param("rounds", rounds)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject("round_id", UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("item_id"), k -> new HashMap<>())
                            .put(rs.getString("choice"), rs.getInt("n"));
                });
        return counts;
    }

    /** The free texts of a round by item, each item's sorted as text so that their order tells nothing. */
    Map<String, List<String>> freeTexts(UUID roundId) {
        Map<String, List<String>> texts = new HashMap<>();
        jdbc.sql("""
                        select a.item_id, a.free_text
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where r.round_id = :round and a.free_text is not null
                        order by a.item_id, a.free_text""")
                .param("round", roundId)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString("item_id"), k -> new ArrayList<>()).add(rs.getString("free_text"));
                });
        return texts;
    }
}
