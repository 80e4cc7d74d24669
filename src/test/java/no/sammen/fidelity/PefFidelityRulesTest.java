package no.sammen.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import no.sammen.groupprogramme.GroupKind;
import no.sammen.groupprogramme.GroupPhase;
import no.sammen.groupprogramme.GroupProgrammeFigures.Activity;
import no.sammen.groupprogramme.GroupStatus;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.Programme;
import no.sammen.groupprogramme.SessionView;
import no.sammen.groupprogramme.SupervisionView;

import org.junit.jupiter.api.Test;

/** The PEF rules at their boundaries. */
class PefFidelityRulesTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    static GroupView group(GroupKind kind, List<UUID> families, int leaders, String coLeaders) {
        return new GroupView(UUID.randomUUID(), UUID.randomUUID(), Programme.PEF, kind, "G", "", FROM.minusYears(1),
                null, GroupPhase.PROBLEM_SOLVING, GroupStatus.RUNNING,
                IntStream.range(0, leaders).mapToObj(i -> UUID.randomUUID()).toList(), coLeaders,
                families.stream().map(f -> new GroupView.MemberView(f, FROM.minusYears(1), List.of())).toList(), 0);
    }

    static SessionView session(GroupView g, LocalDate day, GroupPhase phase, List<UUID> came) {
        return new SessionView(UUID.randomUUID(), g.id(), day, null, null, phase, came, List.of(), null, null, null, List.of(), List.of(), 0);
    }

    /** A session where only a family member of the course came. */
    static SessionView relativeOnly(GroupView g, LocalDate day, GroupPhase phase, UUID course) {
        return new SessionView(UUID.randomUUID(), g.id(), day, null, null, phase, List.of(),
                List.of(new SessionView.RelativeAttendance(course, UUID.randomUUID())), null, null, null, List.of(), List.of(), 0);
    }

    static List<UUID> families(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    /** Group meetings of a group every {@code days} days through the half-year, all families there. */
    static List<SessionView> every(GroupView g, int days) {
        List<SessionView> s = new ArrayList<>();
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(days)) {
            s.add(session(g, d, GroupPhase.PROBLEM_SOLVING, g.memberCourseIds()));
        }
        return s;
    }

    static Activity activity(List<GroupView> groups, List<SessionView> sessions, List<LocalDate> supervisions) {
        return new Activity(groups, sessions, supervisions.stream().map(d -> new SupervisionView(UUID.randomUUID(),
                UUID.randomUUID(), Programme.PEF, d, null, "Veileder", null, List.of(), null, 0)).toList());
    }

    @Test
    void fourteenDaysBetweenMeetingsIsOftenEnoughAndFifteenIsNot() {
        GroupView fortnightly = group(GroupKind.MULTI_FAMILY, families(5), 2, null);
        GroupView seldom = group(GroupKind.MULTI_FAMILY, families(5), 2, null);
        List<SessionView> sessions = new ArrayList<>(every(fortnightly, 14));
        sessions.addAll(every(seldom, 15));
        ItemScore score = PefFidelityRules.sessionFrequency(activity(List.of(fortnightly, seldom), sessions, List.of()),
                FROM, TO);
        assertThat(score.figures()).containsEntry("families", 10L).containsEntry("oftenEnough", 5L)
                .containsEntry("medianDays", "14, 15");
        // 50 %: 50–64 % gives 3
        assertThat(score.score()).isEqualTo(3);
    }

    @Test
    void frequencyLeavesOutJoiningSessionsAndNeedsFiveFamilies() {
        GroupView g = group(GroupKind.MULTI_FAMILY, families(4), 2, null);
        assertThat(PefFidelityRules.sessionFrequency(activity(List.of(g), every(g, 14), List.of()), FROM, TO)
                .tooLittleData()).isTrue();
        GroupView joining = group(GroupKind.MULTI_FAMILY, families(6), 2, null);
        List<SessionView> sessions = every(joining, 7).stream()
                .map(s -> session(joining, s.heldOn(), GroupPhase.JOINING, s.patientCourseIds())).toList();
        ItemScore onlyJoining = PefFidelityRules.sessionFrequency(activity(List.of(joining), sessions, List.of()),
                FROM, TO);
        assertThat(onlyJoining.tooLittleData()).isTrue();
        assertThat(onlyJoining.figures()).containsEntry("groups", 0);
    }

    @Test
    void longTermCountsFamiliesReachingNineMonthsAndThoseStillComing() {
        List<UUID> f = families(5);
        GroupView g = group(GroupKind.MULTI_FAMILY, f, 2, null);
        LocalDate first = FROM.minusMonths(9).plusDays(10);
        List<SessionView> sessions = new ArrayList<>();
        sessions.add(session(g, first, GroupPhase.JOINING, f));
        // four came fourteen days before their nine months (the leeway), one stopped a day earlier
        sessions.add(session(g, first.plusMonths(9).minusDays(14), GroupPhase.PROBLEM_SOLVING, f.subList(0, 4)));
        sessions.add(session(g, first.plusMonths(9).minusDays(15), GroupPhase.PROBLEM_SOLVING, f.subList(4, 5)));
        ItemScore score = PefFidelityRules.longTerm(activity(List.of(g), sessions, List.of()), FROM, TO);
        assertThat(score.figures()).containsEntry("families", 5L).containsEntry("stayed", 4L);
        assertThat(score.score()).isEqualTo(5);
        // families whose nine months run out after the half-year are not yet counted
        List<SessionView> later = List.of(session(g, FROM.plusDays(1), GroupPhase.JOINING, f));
        assertThat(PefFidelityRules.longTerm(activity(List.of(g), later, List.of()), FROM, TO).figures())
                .containsEntry("families", 0L);
    }

    @Test
    void groupSizeFiveToEightFamiliesFits() {
        GroupView four = group(GroupKind.MULTI_FAMILY, families(4), 2, null);
        GroupView five = group(GroupKind.MULTI_FAMILY, families(5), 2, null);
        GroupView eight = group(GroupKind.MULTI_FAMILY, families(8), 2, null);
        GroupView nine = group(GroupKind.MULTI_FAMILY, families(9), 2, null);
        GroupView single = group(GroupKind.SINGLE_FAMILY, families(1), 1, null);
        List<GroupView> groups = List.of(four, five, eight, nine, single);
        List<SessionView> sessions = groups.stream().map(g -> session(g, FROM.plusDays(3), GroupPhase.WORKSHOP,
                g.memberCourseIds())).toList();
        ItemScore score = PefFidelityRules.groupSize(activity(groups, sessions, List.of()), FROM, TO);
        assertThat(score.figures()).containsEntry("groups", 4).containsEntry("fitting", 2L)
                .containsEntry("sizes", "4, 5, 8, 9");
        assertThat(score.score()).isEqualTo(3);
        assertThat(PefFidelityRules.groupSize(activity(groups, List.of(), List.of()), FROM, TO).tooLittleData())
                .isTrue();
    }

    @Test
    void joiningNeedsThreeJoiningSessionsBeforeTheFirstGroupMeeting() {
        List<UUID> f = families(5);
        GroupView g = group(GroupKind.MULTI_FAMILY, f, 2, null);
        List<SessionView> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(session(g, FROM.plusDays(i), GroupPhase.JOINING, f.subList(0, 3)));
        }
        // the fourth family had two joining sessions, one of them through a relative only
        sessions.add(session(g, FROM.plusDays(1), GroupPhase.JOINING, f.subList(3, 4)));
        sessions.add(relativeOnly(g, FROM.plusDays(2), GroupPhase.JOINING, f.get(3)));
        // the fifth had its third joining session after its first group meeting
        sessions.add(session(g, FROM.plusDays(1), GroupPhase.JOINING, f.subList(4, 5)));
        sessions.add(session(g, FROM.plusDays(2), GroupPhase.JOINING, f.subList(4, 5)));
        sessions.add(session(g, FROM.plusDays(30), GroupPhase.WORKSHOP, f));
        sessions.add(session(g, FROM.plusDays(40), GroupPhase.JOINING, f.subList(4, 5)));
        ItemScore score = PefFidelityRules.joining(activity(List.of(g), sessions, List.of()), FROM, TO);
        assertThat(score.figures()).containsEntry("families", 5L).containsEntry("prepared", 3L)
                .containsEntry("medianJoining", 3.0);
        // 60 %: 50–64 % gives 3
        assertThat(score.score()).isEqualTo(3);
    }

    @Test
    void leadersTwoForAMultiFamilyGroupOneForASingleFamilyAndTheCoLeaderCountsAsOne() {
        GroupView twoStaff = group(GroupKind.MULTI_FAMILY, families(5), 2, null);
        GroupView staffAndMunicipal = group(GroupKind.MULTI_FAMILY, families(5), 1, "Kari fra kommunen");
        GroupView oneOnly = group(GroupKind.MULTI_FAMILY, families(5), 1, " ");
        GroupView single = group(GroupKind.SINGLE_FAMILY, families(1), 1, null);
        List<GroupView> groups = List.of(twoStaff, staffAndMunicipal, oneOnly, single);
        List<SessionView> sessions = groups.stream().map(g -> session(g, FROM.plusDays(3), GroupPhase.WORKSHOP,
                g.memberCourseIds())).toList();
        ItemScore score = PefFidelityRules.leaders(activity(groups, sessions, List.of()), FROM, TO);
        assertThat(score.figures()).containsEntry("groups", 4).containsEntry("enough", 3L);
        // 75 %: 65–79 % gives 4
        assertThat(score.score()).isEqualTo(4);
    }

    @Test
    void supervisionCountsMonthsWithMeetingsThatAlsoHadSupervision() {
        GroupView g = group(GroupKind.MULTI_FAMILY, families(5), 2, null);
        List<SessionView> sessions = every(g, 14);
        List<LocalDate> supervised = List.of(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 27),
                LocalDate.of(2025, 12, 20));
        ItemScore score = PefFidelityRules.supervision(activity(List.of(g), sessions, supervised), FROM, TO);
        assertThat(score.figures()).containsEntry("months", 6).containsEntry("supervisedMonths", 4L)
                .containsEntry("supervisionSessions", 5);
        // 4 of 6 = 66.7 %: 65–79 % gives 4
        assertThat(score.score()).isEqualTo(4);
        assertThat(PefFidelityRules.supervision(activity(List.of(g), List.of(), supervised), FROM, TO)
                .tooLittleData()).isTrue();
    }
}
