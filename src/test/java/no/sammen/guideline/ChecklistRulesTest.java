package no.sammen.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import no.sammen.patient.Pathway;
import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

/** The checklist's rules: which recommendation, which state, the day and the reason, each problem on its field. */
class ChecklistRulesTest {

    static final Guideline GUIDELINE = new Guideline(new GuidelineProperties(List.of("guideline/guideline-v1.json")));
    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    static List<FieldProblem> check(String id, ChecklistState state, LocalDate on, String reason, boolean hasOffer) {
        return check(id, state, on, reason, hasOffer, true, Pathway.ORDINARY, null);
    }

    static List<FieldProblem> check(String id, ChecklistState state, LocalDate on, String reason, boolean hasOffer,
            boolean psychosis, Pathway pathway, LocalDate end) {
        return ChecklistRules.check(GUIDELINE.find(id).orElse(null), new ChecklistRegistration(state, on, reason),
                psychosis, pathway, START, end, TODAY, hasOffer);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void anOfferWithItsDayPasses() {
        assertThat(check("CBT_PSYCHOSIS", ChecklistState.OFFERED, START.plusDays(3), null, true)).isEmpty();
        assertThat(check("IPS", ChecklistState.STARTED, TODAY, null, true)).isEmpty();
        assertThat(check("IPS", ChecklistState.DECLINED, TODAY, "Vil ikke nå", true)).isEmpty();
        assertThat(check("IPS", ChecklistState.NOT_RELEVANT, null, "I full jobb", true)).isEmpty();
        assertThat(check("IPS", ChecklistState.NOT_CONSIDERED, null, null, true)).isEmpty();
    }

    @Test
    void aDatedStateNeedsADayInsideTheCourseAndNotInTheFuture() {
        assertThat(fields(check("CBT_PSYCHOSIS", ChecklistState.OFFERED, null, null, true)))
                .containsExactly("on:guideline.checklist.on.required");
        assertThat(fields(check("CBT_PSYCHOSIS", ChecklistState.STARTED, TODAY.plusDays(1), null, true)))
                .containsExactly("on:validation.date.future");
        assertThat(fields(check("CBT_PSYCHOSIS", ChecklistState.DECLINED, START.minusDays(1), null, true)))
                .containsExactly("on:registration.date.outsideCourse");
        assertThat(fields(check("CBT_PSYCHOSIS", ChecklistState.OFFERED, START.plusDays(20), null, true, true,
                Pathway.ORDINARY, START.plusDays(10)))).containsExactly("on:registration.date.outsideCourse");
    }

    @Test
    void notRelevantNeedsAReasonAndAReasonMayNotHoldANationalId() {
        assertThat(fields(check("IPS", ChecklistState.NOT_RELEVANT, null, "  ", true)))
                .containsExactly("reason:guideline.checklist.reason.required");
        assertThat(fields(check("IPS", ChecklistState.DECLINED, TODAY, "Fnr 010180 12345 nevnt", true)))
                .hasSize(1).allMatch(f -> f.startsWith("reason:"));
        assertThat(fields(check("IPS", ChecklistState.DECLINED, TODAY, "x".repeat(501), true)))
                .containsExactly("reason:validation.tooLong");
        // A reason on a state that keeps none is dropped, not checked.
        assertThat(check("IPS", ChecklistState.OFFERED, TODAY, "x".repeat(501), true)).isEmpty();
        assertThat(ChecklistRules.relevant(new ChecklistRegistration(ChecklistState.OFFERED, TODAY, "x")).reason())
                .isNull();
        assertThat(ChecklistRules.relevant(new ChecklistRegistration(ChecklistState.NOT_RELEVANT, TODAY, " y "))
                .on()).isNull();
    }

    @Test
    void notAvailableOnlyWhereTheUnitLacksTheOffer() {
        assertThat(check("MUSIC_THERAPY", ChecklistState.NOT_AVAILABLE, TODAY, null, false)).isEmpty();
        assertThat(fields(check("MUSIC_THERAPY", ChecklistState.NOT_AVAILABLE, TODAY, null, true)))
                .containsExactly("state:guideline.checklist.state.unitHasOffer");
        assertThat(fields(check("ANTIPSYCHOTIC_MEDICATION", ChecklistState.NOT_AVAILABLE, TODAY, null, false)))
                .containsExactly("state:guideline.checklist.state.notAnOffer");
    }

    @Test
    void onlyMeasuresThatApplyAndThatNoOtherModuleAnswers() {
        assertThat(fields(check("NO_SUCH", ChecklistState.OFFERED, TODAY, null, true)))
                .containsExactly("recommendationId:guideline.checklist.recommendation.unknown");
        assertThat(fields(check("USER_PARTICIPATION", ChecklistState.OFFERED, TODAY, null, true)))
                .containsExactly("recommendationId:guideline.checklist.recommendation.principle");
        assertThat(fields(check("FAMILY_COLLABORATION", ChecklistState.OFFERED, TODAY, null, true)))
                .containsExactly("recommendationId:guideline.checklist.recommendation.answeredElsewhere");
        assertThat(fields(check("ANTIPSYCHOTIC_MEDICATION", ChecklistState.OFFERED, TODAY, null, true, true,
                Pathway.MEDICATION_FREE, null))).containsExactly("recommendationId:guideline.checklist.recommendation.notApplying");
        assertThat(fields(check("CBT_PSYCHOSIS", ChecklistState.OFFERED, TODAY, null, true, false,
                Pathway.ORDINARY, null))).containsExactly("recommendationId:guideline.checklist.recommendation.notApplying");
        assertThat(fields(check("CBT_PSYCHOSIS", null, TODAY, null, true)))
                .containsExactly("state:guideline.checklist.state.required");
    }

    @Test
    void familyContactIsAnsweredFromTheFirstContactDay() {
        assertThat(FamilyContactAnswer.of(START, START.plusDays(3), false, TODAY).status())
                .isEqualTo(FamilyContactAnswer.Status.IN_TIME);
        assertThat(FamilyContactAnswer.of(START, START.plusDays(4), true, TODAY).status())
                .isEqualTo(FamilyContactAnswer.Status.LATE);
        assertThat(FamilyContactAnswer.of(START, null, true, TODAY).status())
                .isEqualTo(FamilyContactAnswer.Status.NO_NETWORK);
        assertThat(FamilyContactAnswer.of(START, null, false, START.plusDays(3)).status())
                .isEqualTo(FamilyContactAnswer.Status.NOT_YET);
        assertThat(FamilyContactAnswer.of(START, null, false, START.plusDays(4)).status())
                .isEqualTo(FamilyContactAnswer.Status.MISSED);
    }
}
