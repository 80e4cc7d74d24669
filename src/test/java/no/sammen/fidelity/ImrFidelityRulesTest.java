package no.sammen.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import no.sammen.groupprogramme.SessionView;
import no.sammen.imr.ImrFigures.CourseFigure;
import no.sammen.imr.ImrFigures.GoalFigure;
import no.sammen.imr.ImrFigures.SessionFigure;
import no.sammen.imr.ImrFormat;

import org.junit.jupiter.api.Test;

/** The IMR rules at their boundaries: each test names the boundary a wrong rule would cross. */
class ImrFidelityRulesTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    static SessionFigure session(UUID course, LocalDate day, boolean attended, String module, UUID... noted) {
        return new SessionFigure(course, day, ImrFormat.INDIVIDUAL, null, module, attended, Set.of(noted));
    }

    static SessionView groupSession(LocalDate day, int attending) {
        List<UUID> came = IntStream.range(0, attending).mapToObj(i -> UUID.randomUUID()).toList();
        return new SessionView(UUID.randomUUID(), UUID.randomUUID(), day, null, null, null, came, List.of(), null, null, null, List.of(), List.of(), 0);
    }

    static List<UUID> users(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    @Test
    void groupSizeEightScoresFiveAndNineScoresFour() {
        List<SessionFigure> individual = List.of(session(UUID.randomUUID(), FROM.plusDays(3), true, "MEDICATION"));
        ItemScore eight = ImrFidelityRules.groupSize(individual,
                List.of(groupSession(FROM.plusDays(10), 6), groupSession(FROM.plusDays(17), 8)), FROM, TO);
        assertThat(eight.score()).isEqualTo(5);
        assertThat(eight.figures()).containsEntry("individualSessions", 1L).containsEntry("groupSessions", 2)
                .containsEntry("medianAttending", 7.0).containsEntry("largestGroup", 8);
        ItemScore nine = ImrFidelityRules.groupSize(individual, List.of(groupSession(FROM.plusDays(10), 9)), FROM, TO);
        assertThat(nine.score()).isEqualTo(4);
    }

    @Test
    void groupSizeScoresEachAnchor() {
        assertThat(List.of(1, 8, 9, 10, 11, 12, 13, 15, 16, 30).stream().map(ImrFidelityRules::groupSizeScore))
                .containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void groupSizeCountsOnlyTheHalfYearAndNeedsASession() {
        ItemScore outside = ImrFidelityRules.groupSize(List.of(session(UUID.randomUUID(), FROM.minusDays(1), true, "M")),
                List.of(groupSession(TO.plusDays(1), 20)), FROM, TO);
        assertThat(outside.tooLittleData()).isTrue();
        ItemScore individualOnly = ImrFidelityRules.groupSize(List.of(session(UUID.randomUUID(), TO, true, "M")),
                List.of(), FROM, TO);
        assertThat(individualOnly.score()).isEqualTo(5);
        assertThat(individualOnly.basisKey()).isEqualTo("IMR_GROUP_SIZE.individual");
        ItemScore notCame = ImrFidelityRules.groupSize(List.of(session(UUID.randomUUID(), TO, false, "M")),
                List.of(), FROM, TO);
        assertThat(notCame.tooLittleData()).isTrue();
    }

    /** Users who ended in the half-year with {@code sessions} attended sessions each. */
    private static void ended(List<SessionFigure> sessions, List<CourseFigure> courses, int users, int each) {
        for (UUID u : users(users)) {
            courses.add(new CourseFigure(u, FROM.minusMonths(8), TO.minusDays(5)));
            for (int i = 0; i < each; i++) {
                sessions.add(session(u, FROM.minusMonths(8).plusWeeks(i), true, "M"));
            }
        }
    }

    @Test
    void programmeLengthNeedsTwentyFourSessionsAndFiveUsers() {
        List<SessionFigure> sessions = new ArrayList<>();
        List<CourseFigure> courses = new ArrayList<>();
        ended(sessions, courses, 4, 24);
        ended(sessions, courses, 1, 23);
        ItemScore score = ImrFidelityRules.programmeLength(sessions, courses, FROM, TO);
        // 4 of 5 = 80 %: 70–89 % gives 4
        assertThat(score.score()).isEqualTo(4);
        assertThat(score.figures()).containsEntry("users", 5L).containsEntry("longEnough", 4L)
                .containsEntry("endedInHalfYear", 5L);
        ItemScore four = ImrFidelityRules.programmeLength(sessions.subList(0, 24 * 4), courses.subList(0, 4), FROM, TO);
        assertThat(four.tooLittleData()).isTrue();
        assertThat(four.figures()).containsEntry("users", 4L);
    }

    @Test
    void programmeLengthCountsUsersStillInImrAfterTwelveMonthsButNotNewerOnes() {
        List<SessionFigure> sessions = new ArrayList<>();
        List<CourseFigure> courses = new ArrayList<>();
        ended(sessions, courses, 5, 30);
        UUID old = UUID.randomUUID();
        courses.add(new CourseFigure(old, TO.minusMonths(12), null));
        sessions.add(session(old, TO.minusMonths(11), true, "M"));
        UUID recent = UUID.randomUUID();
        courses.add(new CourseFigure(recent, TO.minusMonths(12).plusDays(1), null));
        sessions.add(session(recent, TO.minusMonths(11), true, "M"));
        ItemScore score = ImrFidelityRules.programmeLength(sessions, courses, FROM, TO);
        assertThat(score.figures()).containsEntry("users", 6L).containsEntry("stillInImr", 1L)
                .containsEntry("longEnough", 5L);
        // 5 of 6 = 83 %
        assertThat(score.score()).isEqualTo(4);
    }

    @Test
    void curriculumCountsModulesOfAttendedSessions() {
        Map<String, Integer> numbers = IntStream.rangeClosed(1, 11).boxed()
                .collect(Collectors.toMap(i -> "M" + i, i -> i));
        UUID u = UUID.randomUUID();
        List<SessionFigure> eight = IntStream.rangeClosed(1, 8).mapToObj(i -> session(u, FROM.plusDays(i), true, "M" + i))
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(ImrFidelityRules.curriculum(eight, numbers, FROM, TO).score()).isEqualTo(5);
        eight.set(7, session(u, FROM.plusDays(8), false, "M8"));
        ItemScore seven = ImrFidelityRules.curriculum(eight, numbers, FROM, TO);
        assertThat(seven.score()).isEqualTo(4);
        assertThat(seven.figures()).containsEntry("modulesCovered", 7).containsEntry("moduleNumbers",
                "1, 2, 3, 4, 5, 6, 7");
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 11).stream().map(ImrFidelityRules::curriculumScore))
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(ImrFidelityRules.curriculum(List.of(), numbers, FROM, TO).tooLittleData()).isTrue();
    }

    @Test
    void goalSettingNinetyPercentScoresFive() {
        List<UUID> users = users(10);
        List<SessionFigure> sessions = users.stream().map(u -> session(u, FROM.plusDays(5), true, "M")).toList();
        List<GoalFigure> goals = users.subList(0, 9).stream()
                .map(u -> new GoalFigure(u, UUID.randomUUID(), TO, List.of())).collect(Collectors.toCollection(ArrayList::new));
        assertThat(ImrFidelityRules.goalSetting(sessions, goals, FROM, TO).score()).isEqualTo(5);
        // a goal set after the half-year does not count: 8 of 10 = 80 %
        goals.set(8, new GoalFigure(users.get(8), UUID.randomUUID(), TO.plusDays(1), List.of()));
        ItemScore eighty = ImrFidelityRules.goalSetting(sessions, goals, FROM, TO);
        assertThat(eighty.score()).isEqualTo(4);
        assertThat(eighty.figures()).containsEntry("withGoal", 8).containsEntry("percent", 80L);
        assertThat(ImrFidelityRules.goalSetting(sessions.subList(0, 4), goals, FROM, TO).tooLittleData()).isTrue();
    }

    @Test
    void goalFollowUpCountsNotesAndRewordingsInTheHalfYear() {
        List<UUID> users = users(5);
        List<GoalFigure> goals = new ArrayList<>();
        List<SessionFigure> sessions = new ArrayList<>();
        for (UUID u : users) {
            UUID goal = UUID.randomUUID();
            goals.add(new GoalFigure(u, goal, FROM.minusMonths(1), List.of()));
            sessions.add(session(u, FROM.plusDays(1), true, "M"));
        }
        // one noted at a session, one reworded in the half-year, one reworded before it, one noted after it
        sessions.add(session(users.get(0), FROM.plusDays(20), true, "M", goals.get(0).goalId()));
        goals.set(1, new GoalFigure(users.get(1), goals.get(1).goalId(), FROM.minusMonths(1), List.of(TO)));
        goals.set(2, new GoalFigure(users.get(2), goals.get(2).goalId(), FROM.minusMonths(1), List.of(FROM.minusDays(1))));
        sessions.add(session(users.get(3), TO.plusDays(1), true, "M", goals.get(3).goalId()));
        ItemScore score = ImrFidelityRules.goalFollowUp(sessions, goals, FROM, TO);
        assertThat(score.figures()).containsEntry("users", 5).containsEntry("followedUp", 2)
                .containsEntry("sessionsWithNote", 1L).containsEntry("attendedSessions", 6L);
        // 2 of 5 = 40 %: 40–69 % gives 3
        assertThat(score.score()).isEqualTo(3);
    }

    @Test
    void bandsAreExactAtTheirThresholds() {
        assertThat(Bands.IMR_SHARE.score(9, 10)).isEqualTo(5);
        assertThat(Bands.IMR_SHARE.score(89, 100)).isEqualTo(4);
        assertThat(Bands.IMR_SHARE.score(19, 100)).isEqualTo(1);
        assertThat(Bands.IMR_SHARE.score(1, 5)).isEqualTo(2);
        assertThat(Bands.FPE_SHARE.score(4, 5)).isEqualTo(5);
        assertThat(Bands.FPE_SHARE.score(79, 100)).isEqualTo(4);
        assertThat(Bands.FPE_SHARE.score(1, 4)).isEqualTo(1);
        assertThat(Bands.FPE_SHARE.score(32, 100)).isEqualTo(1);
        assertThat(Bands.FPE_SHARE.score(33, 100)).isEqualTo(2);
        assertThat(Bands.FPE_SHARE.score(0, 7)).isEqualTo(1);
    }

}
