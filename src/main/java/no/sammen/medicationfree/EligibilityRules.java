package no.sammen.medicationfree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.sammen.patient.CourseView;
import no.sammen.patient.LegalStatus;
import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;

/**
 * The eligibility assessment's rules: what must be answered (every question, a day inside the course
 * and not ahead, a note without national ids), and which of seed 003's criteria an assessment leaves
 * unmet. Plain Java, so that the criteria can be read and tested on their own.
 */
final class EligibilityRules {

    static final int NOTE_MAX = 1000;
    static final String ANSWER_REQUIRED = "medicationfree.answer.required";

    private EligibilityRules() {
    }

    /** Every problem of the answers at once; empty when they may be recorded. */
    static List<FieldProblem> check(AssessmentAnswers answers, CourseView course, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!course.active()) {
            problems.add(FieldProblem.of("course", "medicationfree.course.ended"));
        }
        if (answers.courseVersion() == null) {
            problems.add(FieldProblem.of("courseVersion", "validation.version.required"));
        }
        CourseDates.doneInCourse(answers.assessedOn(), course, today, "assessedOn", "medicationfree.assessedOn.required",
                problems);
        require(answers.wantsNonMedication(), Criterion.WANTS_NON_MEDICATION, problems);
        require(answers.professionallySound(), Criterion.PROFESSIONALLY_SOUND, problems);
        require(answers.capacityToConsent(), Criterion.CAPACITY_TO_CONSENT, problems);
        require(answers.noRisk(), Criterion.NO_RISK, problems);
        FreeText.check(answers.note(), "note", NOTE_MAX, problems);
        return problems;
    }

    private static void require(Boolean answer, Criterion criterion, List<FieldProblem> problems) {
        if (answer == null) {
            problems.add(FieldProblem.of(criterion.field(), ANSWER_REQUIRED));
        }
    }

    /**
     * The criteria not met, in the seed's order: a psychosis diagnosis and voluntary care as the course
     * says, the others as answered. Only for answers that passed {@link #check}.
     */
    static List<Criterion> unmet(AssessmentAnswers answers, CourseView course) {
        List<Criterion> unmet = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            if (!met(criterion, answers, course)) {
                unmet.add(criterion);
            }
        }
        return unmet;
    }

    static boolean met(Criterion criterion, AssessmentAnswers answers, CourseView course) {
        return switch (criterion) {
            case PSYCHOSIS -> course.psychosis();
            case VOLUNTARY -> course.legalStatus() == LegalStatus.VOLUNTARY;
            case WANTS_NON_MEDICATION -> Boolean.TRUE.equals(answers.wantsNonMedication());
            case PROFESSIONALLY_SOUND -> Boolean.TRUE.equals(answers.professionallySound());
            case CAPACITY_TO_CONSENT -> Boolean.TRUE.equals(answers.capacityToConsent());
            case NO_RISK -> Boolean.TRUE.equals(answers.noRisk());
        };
    }

    /** One problem per unmet criterion, on its field, naming it: the refusal. */
    static List<FieldProblem> refusal(List<Criterion> unmet) {
        return unmet.stream().map(c -> FieldProblem.of(c.field(), "medicationfree.unmet." + c.field())).toList();
    }
}
