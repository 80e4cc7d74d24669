package no.sammen.shareddecision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revisions of shared decisions (ADR 0025): every saved state, appended in the transaction of the
 * save and never changed, so that an earlier version stays readable after any change.
 */
@Component
class SharedDecisionHistory {

    private static final String COLUMNS = "decision_id, revision, course_id, recorded_at, recorded_by, decided_on,"
            + " question, question_text, option_ids, free_options, what_matters, decision_aid_used, decision_aid,"
            + " decision_aid_text, participant_ids, decision, revisit_on";

    private final JdbcClient jdbc;

    SharedDecisionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the saved state {@code d}: its revision is its version plus one. */
    void append(SharedDecisionView d, Instant at, String by) {
        jdbc.sql("insert into shared_decision_revision (" + COLUMNS + ") values (:decision, :revision, :course, :at,"
                        + " :by, :decidedOn, :question, :questionText, :optionIds, :freeOptions, :whatMatters, :aidUsed,"
                        + " :aid, :aidText, :participants, :decisionText, :revisitOn)")
                .param("decision", d.id()).param("revision", (int) d.version() + 1).param("course", d.courseId())
                .param("at", Timestamp.from(at)).param("by", by).param("decidedOn", d.decidedOn())
                .param("question", d.question().name()).param("questionText", d.questionText())
                .param("optionIds", String.join(",", d.optionIds()))
                .param("freeOptions", String.join("\n", d.freeOptions()))
                .param("whatMatters", d.whatMatters()).param("aidUsed", d.decisionAidUsed())
                .param("aid", d.decisionAid() == null ? null : d.decisionAid().name())
                .param("aidText", d.decisionAidText())
                .param("participants", String.join(",", d.participantIds().stream().map(UUID::toString).toList()))
                .param("decisionText", d.decision()).param("revisitOn", d.revisitOn())
                .update();
    }

    /** Every revision of a decision, the latest first. */
    List<SharedDecisionRevisionView> revisions(UUID decisionId) {
        return jdbc.sql("select " + COLUMNS + " from shared_decision_revision where decision_id = ?"
                        + " order by revision desc")
                .param(decisionId)
                .query((rs, n) -> {
                    int revision = rs.getInt("revision");
                    String aid = rs.getString("decision_aid");
                    SharedDecisionView view = new SharedDecisionView(rs.getObject("decision_id", UUID.class),
                            rs.getObject("course_id", UUID.class), rs.getObject("decided_on", LocalDate.class),
                            DecisionQuestion.valueOf(rs.getString("question")), rs.getString("question_text"),
                            split(rs.getString("option_ids"), ","), split(rs.getString("free_options"), "\n"),
                            rs.getString("what_matters"), rs.getBoolean("decision_aid_used"),
                            aid == null ? null : DecisionAid.valueOf(aid), rs.getString("decision_aid_text"),
                            split(rs.getString("participant_ids"), ",").stream().map(UUID::fromString).toList(),
                            rs.getString("decision"), rs.getObject("revisit_on", LocalDate.class), revision - 1);
                    return new SharedDecisionRevisionView(revision, rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("recorded_by"), view);
                })
                .list();
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
