package no.sammen.imr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class ImrRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final ImrRules.Dates COURSE = new ImrRules.Dates(LocalDate.of(2026, 1, 10), null, TODAY);
    static final UUID THERAPIST = UUID.randomUUID();
    static final Set<String> CURRICULUM = Set.of("RECOVERY_STRATEGIES", "PRACTICAL_FACTS", "COPING_WITH_STRESS");
    static final ImrModule FIRST = new ImrModule("RECOVERY_STRATEGIES", 1, Map.of("nb", "Strategier for bedring"));
    static final ImrCourseView IMR = new ImrCourseView(UUID.randomUUID(), UUID.randomUUID(), ImrFormat.INDIVIDUAL,
            LocalDate.of(2026, 2, 1), null, null, List.of(), List.of("RECOVERY_STRATEGIES"), 0);

    static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    static ImrCourseRegistration course(List<String> modules) {
        return new ImrCourseRegistration(ImrFormat.INDIVIDUAL, LocalDate.of(2026, 2, 1), null, null, List.of(THERAPIST),
                modules);
    }

    static ImrSessionRegistration session(LocalDate heldOn, UUID goalId, String note) {
        return new ImrSessionRegistration(heldOn, null, Shift.EVENING, List.of(THERAPIST), "PRACTICAL_FACTS", 2, true,
                true, goalId, note, null);
    }

    @Test
    void aCourseWithTheUsersModulesInOrderPasses() {
        assertThat(ImrRules.course(course(List.of("RECOVERY_STRATEGIES", "COPING_WITH_STRESS")), COURSE, Set.of(THERAPIST),
                CURRICULUM, FIRST)).isEmpty();
    }

    @Test
    void theUnitsCompulsoryModuleMustComeFirst() {
        assertThat(keys(ImrRules.course(course(List.of("COPING_WITH_STRESS", "RECOVERY_STRATEGIES")), COURSE,
                Set.of(THERAPIST), CURRICULUM, FIRST)))
                .containsExactly("moduleIds:imr.course.moduleIds.firstCompulsory");
        assertThat(ImrRules.course(course(List.of("COPING_WITH_STRESS")), COURSE, Set.of(THERAPIST), CURRICULUM, null))
                .as("without a compulsory module the user chooses all").isEmpty();
    }

    @Test
    void modulesTherapistsFormatAndDatesAreChecked() {
        ImrCourseRegistration r = new ImrCourseRegistration(ImrFormat.GROUP, TODAY.plusDays(1), null, null,
                List.of(THERAPIST, UUID.randomUUID(), UUID.randomUUID()), List.of("PRACTICAL_FACTS", "PRACTICAL_FACTS"));
        assertThat(keys(ImrRules.course(r, COURSE, Set.of(THERAPIST), CURRICULUM, null))).containsExactlyInAnyOrder(
                "startDate:validation.date.future", "therapistIds:imr.therapistIds.count",
                "moduleIds:imr.course.moduleIds.twice");
        assertThat(ImrRules.course(new ImrCourseRegistration(ImrFormat.GROUP, COURSE.today(), null, null,
                List.of(THERAPIST), List.of("PRACTICAL_FACTS")), COURSE, Set.of(THERAPIST), CURRICULUM, null))
                .as("an IMR course may be in a group").isEmpty();
        ImrCourseRegistration stranger = new ImrCourseRegistration(ImrFormat.INDIVIDUAL, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 20), null, List.of(UUID.randomUUID()), List.of("UNKNOWN"));
        assertThat(keys(ImrRules.course(stranger, COURSE, Set.of(THERAPIST), CURRICULUM, null))).containsExactlyInAnyOrder(
                "endDate:imr.course.endDate.beforeStart", "therapistIds:imr.therapistIds.notInUnit",
                "moduleIds:imr.course.moduleIds.unknown");
    }

    @Test
    void aGoalIsOnlyCheckedForBeingWrittenItsLengthAndNoNationalId() {
        assertThat(ImrRules.goal(new ImrGoalRegistration(TODAY, "Slutte å bry meg om hva andre mener", null), IMR, COURSE))
                .isEmpty();
        assertThat(keys(ImrRules.goal(new ImrGoalRegistration(null, " ", "x".repeat(1001)), IMR, COURSE)))
                .containsExactlyInAnyOrder("setOn:imr.goal.setOn.required", "goal:imr.goal.goal.required",
                        "steps:validation.tooLong");
        assertThat(keys(ImrRules.goal(new ImrGoalRegistration(TODAY, "x".repeat(501), null), IMR, COURSE)))
                .containsExactly("goal:validation.tooLong");
    }

    @Test
    void aSessionLiesInsideTheCourseAndTheImrCourse() {
        assertThat(ImrRules.session(session(TODAY, null, null), IMR, COURSE, Set.of(THERAPIST), CURRICULUM, Set.of()))
                .isEmpty();
        assertThat(keys(ImrRules.session(session(LocalDate.of(2026, 1, 20), null, null), IMR, COURSE, Set.of(THERAPIST),
                CURRICULUM, Set.of()))).containsExactly("heldOn:imr.session.heldOn.beforeImrStart");
        assertThat(keys(ImrRules.session(session(TODAY.plusDays(1), null, null), IMR, COURSE, Set.of(THERAPIST),
                CURRICULUM, Set.of()))).containsExactly("heldOn:validation.date.future");
        assertThat(keys(ImrRules.session(session(LocalDate.of(2026, 1, 1), null, null), IMR, COURSE, Set.of(THERAPIST),
                CURRICULUM, Set.of()))).containsExactly("heldOn:registration.date.outsideCourse");
    }

    @Test
    void progressIsNotedOnAGoalOfTheCourseInBoth() {
        UUID goal = UUID.randomUUID();
        assertThat(ImrRules.session(session(TODAY, goal, "Sover bedre"), IMR, COURSE, Set.of(THERAPIST), CURRICULUM,
                Set.of(goal))).isEmpty();
        assertThat(keys(ImrRules.session(session(TODAY, null, "Sover bedre"), IMR, COURSE, Set.of(THERAPIST),
                CURRICULUM, Set.of(goal)))).containsExactly("goalId:imr.session.goalId.required");
        assertThat(keys(ImrRules.session(session(TODAY, UUID.randomUUID(), "Sover bedre"), IMR, COURSE,
                Set.of(THERAPIST), CURRICULUM, Set.of(goal)))).containsExactly("goalId:imr.session.goalId.unknown");
        assertThat(keys(ImrRules.session(session(TODAY, goal, " "), IMR, COURSE, Set.of(THERAPIST), CURRICULUM,
                Set.of(goal)))).containsExactly("goalNote:imr.session.goalNote.required");
    }

    @Test
    void aSessionNeedsShiftModuleHomeworkAndAttendance() {
        ImrSessionRegistration r = new ImrSessionRegistration(TODAY, ImrFormat.GROUP, null, List.of(), null, 21, null,
                null, null, null, TODAY);
        assertThat(keys(ImrRules.session(r, IMR, COURSE, Set.of(THERAPIST), CURRICULUM, Set.of())))
                .containsExactlyInAnyOrder("format:imr.session.format.onGroup", "shift:imr.session.shift.required",
                        "therapistIds:imr.therapistIds.count", "moduleId:imr.session.moduleId.required",
                        "part:imr.session.part.range", "homeworkChosen:imr.session.homeworkChosen.required",
                        "attended:imr.session.attended.required", "nextSessionOn:imr.session.nextSessionOn.notAfter");
    }

    @Test
    void aUnitGoalIsAPeriodWithANumberOrNothing() {
        assertThat(ImrRules.settings(null, null, null, null, null, CURRICULUM, TODAY)).isEmpty();
        assertThat(ImrRules.settings("RECOVERY_STRATEGIES", TODAY, TODAY.plusMonths(12), 150, 50, CURRICULUM, TODAY)).isEmpty();
        assertThat(keys(ImrRules.settings("NOPE", TODAY, TODAY, null, null, CURRICULUM, TODAY))).containsExactlyInAnyOrder(
                "firstModuleId:imr.settings.firstModuleId.unknown", "goalTo:imr.settings.goalTo.notAfter",
                "individualGoal:imr.settings.goal.required");
        assertThat(keys(ImrRules.settings(null, null, TODAY, -1, 5001, CURRICULUM, TODAY))).containsExactlyInAnyOrder(
                "goalFrom:imr.settings.goalFrom.required", "individualGoal:imr.settings.goal.range",
                "groupGoal:imr.settings.goal.range");
    }

    @Test
    void aGoalBelongsToAnImrCourseAndIsNotSetBeforeItStarted() {
        ImrGoalRegistration goal = new ImrGoalRegistration(LocalDate.of(2026, 1, 20), "Sove bedre", null);
        assertThat(keys(ImrRules.goal(goal, null, COURSE))).containsExactly("setOn:imr.session.noImrCourse");
        assertThat(keys(ImrRules.goal(goal, IMR, COURSE))).containsExactly("setOn:imr.goal.setOn.beforeImrStart");
    }

    @Test
    void datesAheadAndGoalPeriodsHaveBounds() {
        ImrSessionRegistration far = new ImrSessionRegistration(TODAY, null, Shift.EVENING, List.of(THERAPIST),
                "PRACTICAL_FACTS", 2, true, true, null, null, TODAY.plusYears(1).plusDays(1));
        assertThat(keys(ImrRules.session(far, IMR, COURSE, Set.of(THERAPIST), CURRICULUM, Set.of())))
                .containsExactly("nextSessionOn:imr.nextSessionOn.tooFar");
        ImrCourseRegistration course = new ImrCourseRegistration(ImrFormat.INDIVIDUAL, LocalDate.of(2026, 2, 1), null,
                TODAY.plusYears(2), List.of(THERAPIST), List.of("RECOVERY_STRATEGIES"));
        assertThat(keys(ImrRules.course(course, COURSE, Set.of(THERAPIST), CURRICULUM, null)))
                .containsExactly("nextSessionOn:imr.nextSessionOn.tooFar");
        assertThat(keys(ImrRules.settings(null, TODAY, TODAY.plusYears(3).plusDays(1), 100, null, CURRICULUM, TODAY)))
                .containsExactly("goalTo:imr.settings.goalTo.tooLong");
        assertThat(keys(ImrRules.settings(null, LocalDate.of(1900, 1, 1), TODAY, 100, null, CURRICULUM, TODAY)))
                .containsExactly("goalFrom:imr.settings.goalFrom.range");
    }
}
