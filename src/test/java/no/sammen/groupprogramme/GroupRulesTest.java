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
}
