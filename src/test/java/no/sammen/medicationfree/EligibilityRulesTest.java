package no.sammen.medicationfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseView;
import no.sammen.patient.LegalStatus;
import no.sammen.patient.Pathway;
import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

/** The criteria of seed 003 and what an assessment must answer. */
class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    static CourseView course(boolean psychosis, LegalStatus status, LocalDate end) {
        return new CourseView(UUID.randomUUID(), UUID.randomUUID(), "key", "A.B. 1990", UUID.randomUUID(), "Enhet",
                LocalDate.of(2026, 5, 1), end, psychosis ? "F20.0" : "F32.1", psychosis, status, Pathway.ORDINARY, 3);
    }

    static AssessmentAnswers answers(Boolean wants, Boolean sound, Boolean capacity, Boolean noRisk) {
        return new AssessmentAnswers(3L, LocalDate.of(2026, 5, 10), wants, sound, capacity, noRisk, null);
    }

    @Test
    void allSixMetLeaveNothingUnmet() {
        assertThat(EligibilityRules.unmet(answers(true, true, true, true), course(true, LegalStatus.VOLUNTARY, null)))
                .isEmpty();
    }

    @Test
    void eachCriterionNotMetIsNamedInTheSeedsOrder() {
        CourseView voluntaryPsychosis = course(true, LegalStatus.VOLUNTARY, null);
        assertThat(EligibilityRules.unmet(answers(false, true, true, true), voluntaryPsychosis))
                .containsExactly(Criterion.WANTS_NON_MEDICATION);
        assertThat(EligibilityRules.unmet(answers(true, false, true, true), voluntaryPsychosis))
                .containsExactly(Criterion.PROFESSIONALLY_SOUND);
        assertThat(EligibilityRules.unmet(answers(true, true, false, true), voluntaryPsychosis))
                .containsExactly(Criterion.CAPACITY_TO_CONSENT);
        assertThat(EligibilityRules.unmet(answers(true, true, true, false), voluntaryPsychosis))
                .containsExactly(Criterion.NO_RISK);
        assertThat(EligibilityRules.unmet(answers(true, true, true, true), course(false, LegalStatus.COMPULSORY, null)))
                .containsExactly(Criterion.PSYCHOSIS, Criterion.VOLUNTARY);
    }

    @Test
    void theRefusalNamesEachUnmetCriterionOnItsField() {
        assertThat(EligibilityRules.refusal(List.of(Criterion.VOLUNTARY, Criterion.NO_RISK)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("voluntary", "medicationfree.unmet.voluntary"),
                        org.assertj.core.groups.Tuple.tuple("noRisk", "medicationfree.unmet.noRisk"));
    }

    @Test
    void everyQuestionMustBeAnsweredOnADayInsideTheCourse() {
        CourseView course = course(true, LegalStatus.VOLUNTARY, null);
        assertThat(EligibilityRules.check(answers(true, true, true, true), course, TODAY)).isEmpty();
        assertThat(EligibilityRules.check(answers(null, true, null, true), course, TODAY))
                .extracting(FieldProblem::field).containsExactly("wantsNonMedication", "capacityToConsent");
        assertThat(EligibilityRules.check(new AssessmentAnswers(3L, TODAY.plusDays(1), true, true, true, true, null),
                course, TODAY)).extracting(FieldProblem::messageKey).containsExactly("validation.date.future");
        assertThat(EligibilityRules.check(new AssessmentAnswers(3L, LocalDate.of(2026, 4, 30), true, true, true, true,
                null), course, TODAY)).extracting(FieldProblem::field).containsExactly("assessedOn");
        assertThat(EligibilityRules.check(new AssessmentAnswers(null, null, true, true, true, true, null),
                course, TODAY)).extracting(FieldProblem::field).containsExactly("courseVersion", "assessedOn");
    }

    @Test
    void aNoteHoldsNoNationalIdAndAnEndedCourseIsNotAssessed() {
        assertThat(EligibilityRules.check(new AssessmentAnswers(3L, LocalDate.of(2026, 5, 10), true, true, true, true,
                "fnr 01017012345"), course(true, LegalStatus.VOLUNTARY, null), TODAY))
                .extracting(FieldProblem::field).containsExactly("note");
        assertThat(EligibilityRules.check(answers(true, true, true, true),
                course(true, LegalStatus.VOLUNTARY, LocalDate.of(2026, 5, 15)), TODAY))
                .extracting(FieldProblem::field).containsExactly("course");
    }
}
