package no.sammen.shareddecision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class SharedDecisionRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    private static final String ID = no.sammen.testsupport.TestData.nationalId();
    private static final Set<String> CATALOG = Set.of("CBT_PSYCHOSIS", "ANTIPSYCHOTIC_MEDICATION", "IPS");

    private static SharedDecisionRegistration valid() {
        return new SharedDecisionRegistration(START.plusDays(5), DecisionQuestion.MEDICATION_OR_NOT, null,
                List.of("CBT_PSYCHOSIS", "ANTIPSYCHOTIC_MEDICATION"), List.of(), "Å kunne jobbe og sove godt", false,
                null, null, Set.of(), "Starter med kognitiv terapi, venter med legemidler", START.plusDays(60));
    }

    private static List<String> fields(SharedDecisionRegistration r) {
        return SharedDecisionRules.check(r, START, null, TODAY, CATALOG).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteDecisionPasses() {
        assertThat(SharedDecisionRules.check(valid(), START, null, TODAY, CATALOG)).isEmpty();
    }

    @Test
    void eachMissingAnswerIsNamed() {
        SharedDecisionRegistration empty = new SharedDecisionRegistration(null, null, null, null, null, " ", null, null,
                null, null, "", null);
        assertThat(fields(empty)).containsExactly("decidedOn", "question", "optionIds", "whatMatters",
                "decisionAidUsed", "decision");
    }

    @Test
    void aDecisionIsAChoiceBetweenAtLeastTwoOptionsOfTheCatalogOrOwn() {
        SharedDecisionRegistration one = new SharedDecisionRegistration(START, DecisionQuestion.TREATMENT, null,
                List.of("IPS"), List.of(), "Jobb", false, null, null, Set.of(), "IPS", null);
        assertThat(SharedDecisionRules.check(one, START, null, TODAY, CATALOG)).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("shareddecision.options.tooFew"));
        SharedDecisionRegistration withOwn = new SharedDecisionRegistration(START, DecisionQuestion.TREATMENT, null,
                List.of("IPS"), List.of("Vente og se"), "Jobb", false, null, null, Set.of(), "IPS", null);
        assertThat(fields(withOwn)).isEmpty();
        SharedDecisionRegistration unknown = new SharedDecisionRegistration(START, DecisionQuestion.TREATMENT, null,
                List.of("IPS", "HOMEOPATHY"), List.of(), "Jobb", false, null, null, Set.of(), "IPS", null);
        assertThat(SharedDecisionRules.check(unknown, START, null, TODAY, CATALOG)).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("optionIds");
                    assertThat(p.arguments()).containsExactly("HOMEOPATHY");
                });
    }

    @Test
    void everyFreeTextIsCheckedForLengthAndNationalIds() {
        SharedDecisionRegistration r = new SharedDecisionRegistration(START, DecisionQuestion.OTHER, "x".repeat(201),
                List.of("IPS"), List.of("Ring " + ID), "Pasienten " + ID, true, DecisionAid.OTHER, null,
                Set.of(), "y".repeat(1001), null);
        assertThat(fields(r)).containsExactly("questionText", "freeOptions", "whatMatters", "decisionAidText",
                "decision");
    }

    @Test
    void theDayMustBeInTheCourseAndNotAheadAndTheRevisitAfterIt() {
        SharedDecisionRegistration v = valid();
        SharedDecisionRegistration before = new SharedDecisionRegistration(START.minusDays(1), v.question(), null,
                v.optionIds(), v.freeOptions(), v.whatMatters(), false, null, null, Set.of(), v.decision(), null);
        assertThat(fields(before)).containsExactly("decidedOn");
        SharedDecisionRegistration future = new SharedDecisionRegistration(TODAY.plusDays(1), v.question(), null,
                v.optionIds(), v.freeOptions(), v.whatMatters(), false, null, null, Set.of(), v.decision(), null);
        assertThat(fields(future)).containsExactly("decidedOn");
        SharedDecisionRegistration revisitSameDay = new SharedDecisionRegistration(START.plusDays(5), v.question(),
                null, v.optionIds(), v.freeOptions(), v.whatMatters(), false, null, null, Set.of(), v.decision(),
                START.plusDays(5));
        assertThat(fields(revisitSameDay)).containsExactly("revisitOn");
    }

    @Test
    void onlyWhatTheAnswersMakeRelevantIsKept() {
        SharedDecisionRegistration r = new SharedDecisionRegistration(START, DecisionQuestion.TAPERING, "ignored",
                List.of("IPS"), List.of("  Lavere dose  ", "Lavere dose", " "), "  Jobb  ", false,
                DecisionAid.OTHER, "ignored", Set.of(UUID.randomUUID()), " Trappe ned ", null);
        SharedDecisionRegistration kept = SharedDecisionRules.relevant(r);
        assertThat(kept.questionText()).isNull();
        assertThat(kept.decisionAid()).isNull();
        assertThat(kept.decisionAidText()).isNull();
        assertThat(kept.freeOptions()).containsExactly("Lavere dose");
        assertThat(kept.whatMatters()).isEqualTo("Jobb");
        assertThat(kept.decision()).isEqualTo("Trappe ned");
        SharedDecisionRegistration aid = new SharedDecisionRegistration(START, DecisionQuestion.OTHER, " Bolig ",
                List.of(), List.of(), "x", true, DecisionAid.HELSENORGE_PSYCHOSIS, "ignored", Set.of(), "x", null);
        assertThat(SharedDecisionRules.relevant(aid).decisionAidText()).isNull();
        assertThat(SharedDecisionRules.relevant(aid).questionText()).isEqualTo("Bolig");
        assertThat(SharedDecisionRules.relevant(aid).decisionAid()).isEqualTo(DecisionAid.HELSENORGE_PSYCHOSIS);
    }
}
