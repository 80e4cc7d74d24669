package no.sammen.groupprogramme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class GroupRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final UUID COURSE = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();

    private static GroupView group(GroupKind kind, GroupStatus status, UUID... courses) {
        return new GroupView(UUID.randomUUID(), UUID.randomUUID(), Programme.PEF, kind, "Tirsdag", null, START, null,
                GroupPhase.JOINING, status, List.of(UUID.randomUUID()), null,
                java.util.Arrays.stream(courses).map(c -> new GroupView.MemberView(c, START, List.of())).toList(), 0);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    private static GroupDetails details(Programme programme, GroupKind kind, GroupPhase phase, String name) {
        return new GroupDetails(kind, name, "annenhver tirsdag 16–18", START, null, phase, GroupStatus.PLANNED,
                Set.of(UUID.randomUUID()), null);
    }

    @Test
    void aGroupHasAKindAndPhaseOfItsProgrammeAndFieldsWithinTheirLengths() {
        assertThat(GroupRules.checkGroup(Programme.PEF, details(Programme.PEF, GroupKind.MULTI_FAMILY,
                GroupPhase.JOINING, "Tirsdag"))).isEmpty();
        assertThat(fields(GroupRules.checkGroup(Programme.IMR, details(Programme.IMR, GroupKind.MULTI_FAMILY,
                GroupPhase.JOINING, "Tirsdag")))).containsExactly("kind", "phase");
        assertThat(fields(GroupRules.checkGroup(Programme.PEF, details(Programme.PEF, GroupKind.SINGLE_FAMILY, null,
                "x".repeat(101))))).containsExactly("name", "phase");
        assertThat(fields(GroupRules.checkGroup(Programme.PEF, new GroupDetails(GroupKind.MULTI_FAMILY, "A",
                "s".repeat(201), START, START.minusDays(1), GroupPhase.WORKSHOP, null, Set.of(), "y".repeat(301)))))
                .containsExactly("schedule", "coLeaders", "plannedEndOn", "status", "leaderIds");
    }

    @Test
    void aSessionIsNotBeforeTheGroupStartsNorInTheFutureWithAttendance() {
        GroupView group = group(GroupKind.MULTI_FAMILY, GroupStatus.RUNNING, COURSE);
        SessionRegistration early = new SessionRegistration(START.minusDays(1), null, null, null, Set.of(), Set.of());
        assertThat(fields(GroupRules.checkSession(group, early, Set.of(), TODAY))).containsExactly("heldOn");
        SessionRegistration planned = new SessionRegistration(TODAY.plusDays(7), null, null, null, Set.of(), Set.of());
        assertThat(GroupRules.checkSession(group, planned, Set.of(), TODAY)).isEmpty();
        SessionRegistration future = new SessionRegistration(TODAY.plusDays(1), null, null, null, Set.of(COURSE),
                Set.of());
        assertThat(GroupRules.checkSession(group, future, Set.of(), TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("validation.date.future");
        SessionRegistration held = new SessionRegistration(TODAY, null, "Bra", null, Set.of(COURSE), Set.of(MOTHER));
        assertThat(GroupRules.checkSession(group, held, Set.of(MOTHER), TODAY)).isEmpty();
    }

    @Test
    void onlyMembersOfTheGroupAttend() {
        GroupView group = group(GroupKind.MULTI_FAMILY, GroupStatus.RUNNING, COURSE);
        SessionRegistration strangers = new SessionRegistration(TODAY, null, "n".repeat(501), null,
                Set.of(UUID.randomUUID()), Set.of(UUID.randomUUID()));
        assertThat(fields(GroupRules.checkSession(group, strangers, Set.of(MOTHER), TODAY)))
                .containsExactly("note", "patientCourseIds", "relativeIds");
    }

    @Test
    void aSingleFamilyGroupHoldsOneFamilyAndTwoRunningMultiFamilyGroupsClash() {
        assertThat(fields(GroupRules.checkMember(group(GroupKind.SINGLE_FAMILY, GroupStatus.RUNNING, COURSE),
                UUID.randomUUID(), TODAY, TODAY))).containsExactly("courseId");
        assertThat(fields(GroupRules.checkMember(group(GroupKind.MULTI_FAMILY, GroupStatus.RUNNING, COURSE),
                COURSE, TODAY.plusDays(1), TODAY))).containsExactly("courseId", "joinedOn");
        GroupView running = group(GroupKind.MULTI_FAMILY, GroupStatus.RUNNING, COURSE);
        assertThat(GroupRules.clash(GroupKind.MULTI_FAMILY, GroupStatus.RUNNING, running)).isTrue();
        assertThat(GroupRules.clash(GroupKind.MULTI_FAMILY, GroupStatus.PLANNED, running)).isFalse();
        assertThat(GroupRules.clash(GroupKind.SINGLE_FAMILY, GroupStatus.RUNNING, running)).isFalse();
        assertThat(GroupRules.clash(GroupKind.MULTI_FAMILY, GroupStatus.RUNNING,
                group(GroupKind.MULTI_FAMILY, GroupStatus.ENDED, COURSE))).isFalse();
    }

    @Test
    void aQualificationIsOfSomeoneAndNotDatedInTheFutureNorValidUntilBeforeItsDay() {
        UUID staff = UUID.randomUUID();
        assertThat(GroupRules.checkQualification(new QualificationDetails(staff, QualificationKind.IMR_THERAPIST,
                TODAY, null), TODAY)).isEmpty();
        assertThat(GroupRules.checkQualification(new QualificationDetails(staff, QualificationKind.IMR_THERAPIST,
                TODAY, TODAY), TODAY)).isEmpty();
        assertThat(GroupRules.checkQualification(new QualificationDetails(staff, QualificationKind.IMR_THERAPIST,
                TODAY.plusDays(1), null), TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("validation.date.future");
        assertThat(fields(GroupRules.checkQualification(new QualificationDetails(staff, QualificationKind.PEF_SUPERVISOR,
                TODAY, TODAY.minusDays(1)), TODAY))).containsExactly("validUntil");
        assertThat(fields(GroupRules.checkQualification(new QualificationDetails(null, null, null, null), TODAY)))
                .containsExactly("userId", "kind", "qualifiedOn");
    }

    @Test
    void aSupervisionHasOneSupervisorChosenOrWrittenWithoutANationalIdAndTheGroupOrTherapists() {
        UUID supervisor = UUID.randomUUID();
        Set<UUID> therapists = Set.of(UUID.randomUUID());
        assertThat(GroupRules.checkSupervision(new SupervisionDetails(Programme.IMR, TODAY, supervisor, null, null,
                therapists, "Målformulering"), TODAY)).isEmpty();
        assertThat(GroupRules.checkSupervision(new SupervisionDetails(Programme.PEF, TODAY, null, "Veileder fra TIPS",
                UUID.randomUUID(), Set.of(), null), TODAY)).isEmpty();
        assertThat(fields(GroupRules.checkSupervision(new SupervisionDetails(Programme.PEF, TODAY, supervisor,
                "Veileder fra TIPS", null, therapists, null), TODAY))).containsExactly("supervisorName");
        assertThat(GroupRules.checkSupervision(new SupervisionDetails(Programme.PEF, TODAY, null,
                "Veileder 15059010023", null, therapists, null), TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("registration.text.nationalId");
        assertThat(fields(GroupRules.checkSupervision(new SupervisionDetails(null, TODAY.plusDays(1), null, " ", null,
                Set.of(), "fnr 150590 10023"), TODAY)))
                .containsExactly("programme", "heldOn", "supervisorName", "attendeeIds", "note");
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    private static SessionRegistration imr(Set<UUID> came, SessionShift shift, String module, Integer part,
            Set<UUID> leaders, Set<UUID> homework) {
        return new SessionRegistration(TODAY, null, null, null, came, Set.of(), shift, module, part, leaders, homework);
    }

    @Test
    void anImrGroupSessionWithAttendanceHasAShiftAModuleAndALeaderAndHomeworkOnlyForThoseWhoCame() {
        UUID leader = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        java.util.function.Predicate<String> known = "COPING_WITH_STRESS"::equals;
        assertThat(GroupRules.checkCurriculum(Programme.IMR, imr(Set.of(COURSE), SessionShift.EVENING,
                "COPING_WITH_STRESS", 2, Set.of(leader), Set.of(COURSE)), Set.of(leader), known)).isEmpty();
        assertThat(keys(GroupRules.checkCurriculum(Programme.IMR, imr(Set.of(COURSE), null, null, 0, Set.of(),
                Set.of(other)), Set.of(leader), known))).containsExactly("shift:groupprogramme.session.shift.required",
                "moduleId:groupprogramme.session.moduleId.required", "part:groupprogramme.session.part.range",
                "leaderIds:groupprogramme.session.leaders.required",
                "homeworkCourseIds:groupprogramme.session.homework.notCame");
        assertThat(keys(GroupRules.checkCurriculum(Programme.IMR, imr(Set.of(COURSE), SessionShift.DAY, "UNKNOWN",
                null, Set.of(other), Set.of()), Set.of(leader), known))).containsExactly(
                "leaderIds:groupprogramme.leaders.notInUnit", "moduleId:groupprogramme.session.moduleId.unknown");
        assertThat(GroupRules.checkCurriculum(Programme.IMR, imr(Set.of(), null, null, null, Set.of(), Set.of()),
                Set.of(leader), known)).as("a planned session needs none of them").isEmpty();
        assertThat(keys(GroupRules.checkCurriculum(Programme.PEF, imr(Set.of(COURSE), SessionShift.DAY,
                "COPING_WITH_STRESS", null, Set.of(leader), Set.of()), Set.of(leader), known)))
                .containsExactly("moduleId:groupprogramme.session.moduleNotOfProgramme");
    }

    @Test
    void aSessionLiesInsideTheCourseOfEveryoneWhoCameNamingThoseOutside() {
        List<GroupRules.Attending> came = List.of(new GroupRules.Attending("B.B. 1990", START, null),
                new GroupRules.Attending("A.A. 1980", TODAY.minusDays(3), null),
                new GroupRules.Attending("C.C. 1970", START, TODAY.minusDays(10)));
        List<FieldProblem> problems = GroupRules.checkInCourses(TODAY.minusDays(5), came, TODAY);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("heldOn", "heldOn");
        assertThat(problems).extracting(FieldProblem::messageKey).containsOnly("groupprogramme.session.member");
        assertThat(problems).extracting(p -> p.arguments().get(0)).containsExactly("A.A. 1980", "C.C. 1970");
        org.springframework.context.MessageSourceResolvable inner =
                (org.springframework.context.MessageSourceResolvable) problems.get(0).arguments().get(1);
        assertThat(inner.getCodes()).as("the kit's one date rule and its message")
                .containsExactly(no.sammen.registration.CourseDates.OUTSIDE_COURSE);
        assertThat(GroupRules.checkInCourses(START.plusDays(1), came.subList(0, 1), TODAY)).isEmpty();
        assertThat(GroupRules.checkInCourses(TODAY.plusDays(1), came, TODAY))
                .as("a future day is the session rule's business").isEmpty();
    }
}
