package no.sammen.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import no.sammen.shared.FieldProblem;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;

/** What an answer and a round must be; each problem names its field. */
class SurveyRulesTest {

    private final Questionnaire relatives = SurveyQuestionnairesTest.shipped().latest("RELATIVES").orElseThrow();

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aGoodAnswerIsSplitIntoChoicesAndTextsAndBlanksAreNoAnswer() {
        SurveyRules.Parsed parsed = SurveyRules.answers(relatives, answers("CONTACTED", "YES", "INFORMED_TREATMENT", "5",
                "CONTACT_WHEN", "", "COMMENT", "  Takk  "));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.choices()).containsExactly(Map.entry("CONTACTED", "YES"), Map.entry("INFORMED_TREATMENT", "5"));
        assertThat(parsed.texts()).containsExactly(Map.entry("COMMENT", "Takk"));
    }

    @Test
    void unknownItemsValuesOutOfRangeMissingRequiredItemsAndLongTextsAreNamed() {
        SurveyRules.Parsed parsed = SurveyRules.answers(relatives, answers("NOPE", "1", "INFORMED_TREATMENT", "6",
                "CONTACT_WHEN", "YES", "COMMENT", "x".repeat(501)));
        assertThat(parsed.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("answers[NOPE]", SurveyRules.UNKNOWN_ITEM),
                org.assertj.core.groups.Tuple.tuple("answers[CONTACTED]", SurveyRules.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("answers[INFORMED_TREATMENT]", SurveyRules.INVALID_CHOICE),
                org.assertj.core.groups.Tuple.tuple("answers[CONTACT_WHEN]", SurveyRules.INVALID_CHOICE),
                org.assertj.core.groups.Tuple.tuple("answers[COMMENT]", "validation.tooLong"));
    }

    @Test
    void aNationalIdInFreeTextIsRefusedAndNotEchoedInAnUnknownItem() {
        String id = TestData.nationalId();
        SurveyRules.Parsed parsed = SurveyRules.answers(relatives, answers("CONTACTED", "NO", "COMMENT",
                "Ring meg, " + id.substring(0, 6) + " " + id.substring(6), id, "1"));
        assertThat(parsed.texts()).isEmpty();
        assertThat(parsed.problems()).extracting(FieldProblem::field).contains("answers[COMMENT]");
        assertThat(parsed.problems().toString()).doesNotContain(id);
    }

    @Test
    void aRoundNeedsAKnownQuestionnaireAndDatesInOrderNotOver() {
        SurveyQuestionnaires q = SurveyQuestionnairesTest.shipped();
        LocalDate today = LocalDate.of(2026, 5, 10);
        assertThat(SurveyRules.round(new SurveyRules.OpenRound("RELATIVES", today, today.plusDays(20), false), q, today,
                183)).isEmpty();
        assertThat(SurveyRules.round(new SurveyRules.OpenRound("X", null, today.minusDays(1), false), q, today, 183))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("questionnaire", "survey.round.questionnaire.unknown"),
                        org.assertj.core.groups.Tuple.tuple("opensOn", "survey.round.opensOn.required"),
                        org.assertj.core.groups.Tuple.tuple("closesOn", "survey.round.closesOn.past"));
        assertThat(SurveyRules.round(new SurveyRules.OpenRound("STAFF", today.plusDays(5), today.plusDays(2), false), q,
                today, 183)).extracting(FieldProblem::messageKey).containsExactly("survey.round.closesOn.beforeOpens");
        assertThat(SurveyRules.round(new SurveyRules.OpenRound("STAFF", today, today.plusDays(183), false), q,
                today, 183)).extracting(FieldProblem::messageKey).containsExactly("survey.round.closesOn.tooLong");
    }
}
