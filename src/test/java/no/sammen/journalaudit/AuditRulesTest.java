package no.sammen.journalaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

/** Opening a round, reading a checklist's answers and counting a round's results. */
class AuditRulesTest {

    static final AuditChecklist CHECKLIST = new AuditChecklist(AuditChecklist.load("journalaudit/checklist-v1.json"));
    static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aRoundNeedsAPeriodThatIsOverAPopulationAndASampleSizeInRange() {
        assertThat(AuditRules.round(new AuditRules.OpenRound(PeriodKind.MONTH, "2026-04", Population.STARTED_PSYCHOSIS, 10),
                50, TODAY)).isEmpty();
        assertThat(fields(AuditRules.round(new AuditRules.OpenRound(PeriodKind.MONTH, "2026-05", Population.STARTED_PSYCHOSIS,
                10), 50, TODAY))).containsExactly("period");
        assertThat(fields(AuditRules.round(new AuditRules.OpenRound(PeriodKind.QUARTER, "2026-Q2", Population.ENDED_PSYCHOSIS,
                10), 50, TODAY))).containsExactly("period");
        assertThat(fields(AuditRules.round(new AuditRules.OpenRound(PeriodKind.QUARTER, "2026-04", null, 0), 50, TODAY)))
                .containsExactly("period", "population", "sampleSize");
        assertThat(fields(AuditRules.round(new AuditRules.OpenRound(null, "2026-04", Population.MEDICATION_FREE, 51), 50,
                TODAY))).containsExactly("periodKind", "sampleSize");
    }

    @Test
    void periodsAreNamedByMonthOrQuarter() {
        assertThat(AuditPeriod.parse(PeriodKind.QUARTER, "2026-Q2").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(AuditPeriod.parse(PeriodKind.QUARTER, "2026-Q2").orElseThrow().end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(AuditPeriod.parse(PeriodKind.MONTH, "2026-02").orElseThrow().end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(AuditPeriod.parse(PeriodKind.MONTH, "2026-13")).isEmpty();
        assertThat(AuditPeriod.parse(PeriodKind.MONTH, "2026-Q1")).isEmpty();
    }

    @Test
    void aSampleLargerThanThePopulationNamesTheSampleSizeAndThePopulation() {
        FieldProblem problem = AuditRules.tooLarge(7);
        assertThat(problem.field()).isEqualTo("sampleSize");
        assertThat(problem.arguments()).containsExactly(7);
    }

    @Test
    void answersAreReadByItemAndACompletedRecordAnswersEveryItem() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("CLOSEST_RELATIVE", "YES");
        raw.put("CHILDREN", "");
        raw.put("CRISIS_PLAN", "MAYBE");
        raw.put("SOMETHING", "YES");
        AuditRules.Parsed parsed = AuditRules.answers(raw, false, CHECKLIST);
        assertThat(fields(parsed.problems())).containsExactlyInAnyOrder("answers[SOMETHING]", "answers[CRISIS_PLAN]");
        assertThat(parsed.answers()).containsExactly(Map.entry("CLOSEST_RELATIVE", Answer.YES));

        raw.remove("SOMETHING");
        raw.put("CRISIS_PLAN", "NO");
        assertThat(fields(AuditRules.answers(raw, true, CHECKLIST).problems())).containsExactlyInAnyOrder(
                "answers[RELATIVE_CONTACT]", "answers[CONFIDENTIALITY]", "answers[RELATIVE_EXPERIENCE]", "answers[CHILDREN]");
    }

    private static Map<String, Answer> answers(Answer... given) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < given.length; i++) {
            answers.put(CHECKLIST.items().get(i).id(), given[i]);
        }
        return answers;
    }

    @Test
    void aRecordMeetsTheCriteriaWhenEveryApplicableItemIsYesAndOneApplies() {
        Answer y = Answer.YES;
        Answer n = Answer.NO;
        Answer na = Answer.NOT_APPLICABLE;
        assertThat(CHECKLIST.meets(answers(y, y, y, y, y, y))).isTrue();
        assertThat(CHECKLIST.meets(answers(y, na, y, na, y, na))).isTrue();
        assertThat(CHECKLIST.meets(answers(y, y, y, y, n, y))).isFalse();
        assertThat(CHECKLIST.meets(answers(na, na, na, na, na, na))).isFalse();
    }

    @Test
    void aRoundCountsItemsTheTotalK8AndTheAgreementWithSammen() {
        Answer y = Answer.YES;
        Answer n = Answer.NO;
        Answer na = Answer.NOT_APPLICABLE;
        RoundView round = new RoundView(UUID.randomUUID(), UUID.randomUUID(), "Post", new AuditPeriod(PeriodKind.MONTH,
                LocalDate.of(2026, 3, 1)), Population.STARTED_PSYCHOSIS, 1, 3, 9, 1L, "Leder", Instant.now(), 2);
        // Sammen says: crisis plan registered for the first record, not for the second
        List<AuditRules.Counted> completed = List.of(
                new AuditRules.Counted(answers(y, y, y, y, y, na), Map.of("CRISIS_PLAN", true, "CLOSEST_RELATIVE", false)),
                new AuditRules.Counted(answers(y, n, y, na, y, y), Map.of("CRISIS_PLAN", false, "CHILDREN", true)));
        RoundResultView result = AuditRules.results(round, completed, CHECKLIST);
        assertThat(result.meeting()).isEqualTo(1);
        assertThat(result.audited()).isEqualTo(2);
        assertThat(result.yes()).isEqualTo(9);
        assertThat(result.applicable()).isEqualTo(10);
        assertThat(result.provisional()).isTrue();
        assertThat(result.items()).contains(new RoundResultView.ItemResult("RELATIVE_CONTACT", 1, 2),
                new RoundResultView.ItemResult("CHILDREN", 1, 1), new RoundResultView.ItemResult("RELATIVE_EXPERIENCE", 1, 1));
        assertThat(result.agreement()).containsExactly(new RoundResultView.Agreement("CLOSEST_RELATIVE", 0, 1),
                new RoundResultView.Agreement("RELATIVE_CONTACT", 0, 0), new RoundResultView.Agreement("CRISIS_PLAN", 1, 2),
                new RoundResultView.Agreement("CHILDREN", 1, 1));
    }
}
