package no.sammen.fidelity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.groupprogramme.SessionView;
import no.sammen.imr.ImrFigures.CourseFigure;
import no.sammen.imr.ImrFigures.GoalFigure;
import no.sammen.imr.ImrFigures.SessionFigure;
import no.sammen.imr.ImrFormat;

/**
 * The IMR items the registrations answer, per unit and half-year (from {@code from} to {@code asOf}, the
 * end of the half-year or today). Plain Java over the figures of {@code imr} and of the unit's IMR groups.
 */
final class ImrFidelityRules {

    /** A share of users is scored only from this many users. */
    static final int MIN_USERS = 5;
    /** Six months of weekly sessions, or a year every other week, with a couple of missed weeks allowed. */
    static final int LONG_ENOUGH_SESSIONS = 24;
    /** Users still in IMR count for its length once they began this many months before the half-year's end. */
    static final int STILL_IN_IMR_MONTHS = 12;

    private ImrFidelityRules() {
    }

    /** Item 1: the largest number attending a session; individual sessions count as one. */
    static ItemScore groupSize(List<SessionFigure> sessions, List<SessionView> groupSessions, LocalDate from,
            LocalDate asOf) {
        String id = "IMR_GROUP_SIZE";
        long individual = sessions.stream().filter(s -> s.attended() && s.format() == ImrFormat.INDIVIDUAL
                && within(s.heldOn(), from, asOf)).count();
        List<Integer> sizes = groupSessions.stream().filter(s -> s.attendanceRegistered() && within(s.heldOn(), from, asOf))
                .map(s -> s.patientCourseIds().size()).sorted().toList();
        if (individual == 0 && sizes.isEmpty()) {
            return ItemScore.tooLittle(id, "IMR_GROUP_SIZE.none", Map.of());
        }
        if (sizes.isEmpty()) {
            return ItemScore.scored(id, 5, "IMR_GROUP_SIZE.individual", ItemScore.figures("individualSessions", individual));
        }
        int largest = sizes.get(sizes.size() - 1);
        return ItemScore.scored(id, groupSizeScore(largest), "IMR_GROUP_SIZE.groups", ItemScore.figures(
                "individualSessions", individual, "groupSessions", sizes.size(), "medianAttending", median(sizes),
                "largestGroup", largest));
    }

    /** At most 8 gives 5, 9–10 gives 4, 11–12 gives 3, 13–15 gives 2, more gives 1. */
    static int groupSizeScore(int largest) {
        return largest <= 8 ? 5 : largest <= 10 ? 4 : largest <= 12 ? 3 : largest <= 15 ? 2 : 1;
    }

    /**
     * Item 2: of the users who ended IMR in the half-year or were still in it after twelve months, the share
     * with at least {@value #LONG_ENOUGH_SESSIONS} attended sessions at the unit.
     */
    static ItemScore programmeLength(List<SessionFigure> sessions, List<CourseFigure> courses, LocalDate from,
            LocalDate asOf) {
        String id = "IMR_PROGRAMME_LENGTH";
        Map<UUID, Long> attended = sessions.stream().filter(s -> s.attended() && !s.heldOn().isAfter(asOf))
                .collect(Collectors.groupingBy(SessionFigure::courseId, Collectors.counting()));
        long ended = 0;
        long stillIn = 0;
        long longEnough = 0;
        for (CourseFigure c : courses) {
            if (!attended.containsKey(c.courseId())) {
                continue;
            }
            boolean endedNow = c.endDate() != null && within(c.endDate(), from, asOf);
            boolean goesOn = (c.endDate() == null || c.endDate().isAfter(asOf))
                    && !c.startDate().isAfter(asOf.minusMonths(STILL_IN_IMR_MONTHS));
            if (!endedNow && !goesOn) {
                continue;
            }
            ended += endedNow ? 1 : 0;
            stillIn += goesOn ? 1 : 0;
            longEnough += attended.get(c.courseId()) >= LONG_ENOUGH_SESSIONS ? 1 : 0;
        }
        long users = ended + stillIn;
        Map<String, Object> figures = ItemScore.figures("users", users, "longEnough", longEnough,
                "percent", ItemScore.percent(longEnough, users), "endedInHalfYear", ended, "stillInImr", stillIn);
        return users < MIN_USERS ? ItemScore.tooLittle(id, "IMR_PROGRAMME_LENGTH.tooLittle", figures)
                : ItemScore.scored(id, Bands.IMR_SHARE.score(longEnough, users), "IMR_PROGRAMME_LENGTH", figures);
    }

    /** Item 3: the curriculum's modules worked on at attended sessions at the unit in the half-year. */
    static ItemScore curriculum(List<SessionFigure> sessions, Map<String, Integer> moduleNumbers, LocalDate from,
            LocalDate asOf) {
        String id = "IMR_CURRICULUM";
        List<SessionFigure> attended = sessions.stream().filter(s -> s.attended() && within(s.heldOn(), from, asOf))
                .toList();
        if (attended.isEmpty()) {
            return ItemScore.tooLittle(id, "IMR_CURRICULUM.none", Map.of());
        }
        Set<Integer> covered = attended.stream().map(s -> moduleNumbers.get(s.moduleId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        return ItemScore.scored(id, curriculumScore(covered.size()), "IMR_CURRICULUM", ItemScore.figures(
                "modulesCovered", covered.size(), "modules", moduleNumbers.size(), "attendedSessions", attended.size(),
                "moduleNumbers", covered.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    /** 1 module gives 1, 2–3 gives 2, 4–5 gives 3, 6–7 gives 4, 8 or more gives 5. */
    static int curriculumScore(int modules) {
        return modules >= 8 ? 5 : modules >= 6 ? 4 : modules >= 4 ? 3 : modules >= 2 ? 2 : 1;
    }

    /** Item 6: of the users with an attended session in the half-year, the share with a goal by its end. */
    static ItemScore goalSetting(List<SessionFigure> sessions, List<GoalFigure> goals, LocalDate from, LocalDate asOf) {
        String id = "IMR_GOAL_SETTING";
        Set<UUID> users = usersIn(sessions, from, asOf);
        Set<UUID> withGoal = goals.stream().filter(g -> !g.setOn().isAfter(asOf)).map(GoalFigure::courseId)
                .filter(users::contains).collect(Collectors.toSet());
        Map<String, Object> figures = ItemScore.figures("users", users.size(), "withGoal", withGoal.size(),
                "percent", ItemScore.percent(withGoal.size(), users.size()));
        return users.size() < MIN_USERS ? ItemScore.tooLittle(id, "IMR_GOAL_SETTING.tooLittle", figures)
                : ItemScore.scored(id, Bands.IMR_SHARE.score(withGoal.size(), users.size()), "IMR_GOAL_SETTING", figures);
    }

    /**
     * Item 7: of the users with an attended session in the half-year and a goal, the share whose goals were
     * followed up in it: progress noted on a goal at a session, or a goal worded again. Beside it, at how
     * many of those users' attended sessions progress was noted.
     */
    static ItemScore goalFollowUp(List<SessionFigure> sessions, List<GoalFigure> goals, LocalDate from,
            LocalDate asOf) {
        String id = "IMR_GOAL_FOLLOW_UP";
        Set<UUID> active = usersIn(sessions, from, asOf);
        Set<UUID> users = goals.stream().filter(g -> !g.setOn().isAfter(asOf)).map(GoalFigure::courseId)
                .filter(active::contains).collect(Collectors.toSet());
        Set<UUID> followed = new java.util.HashSet<>();
        long attended = 0;
        long noted = 0;
        for (SessionFigure s : sessions) {
            if (users.contains(s.courseId()) && within(s.heldOn(), from, asOf)) {
                attended += s.attended() ? 1 : 0;
                if (!s.goalsNoted().isEmpty()) {
                    noted += s.attended() ? 1 : 0;
                    followed.add(s.courseId());
                }
            }
        }
        goals.stream().filter(g -> users.contains(g.courseId()) && g.rewordedOn().stream()
                .anyMatch(d -> within(d, from, asOf))).forEach(g -> followed.add(g.courseId()));
        Map<String, Object> figures = ItemScore.figures("users", users.size(), "followedUp", followed.size(),
                "percent", ItemScore.percent(followed.size(), users.size()), "sessionsWithNote", noted,
                "attendedSessions", attended);
        return users.size() < MIN_USERS ? ItemScore.tooLittle(id, "IMR_GOAL_FOLLOW_UP.tooLittle", figures)
                : ItemScore.scored(id, Bands.IMR_SHARE.score(followed.size(), users.size()), "IMR_GOAL_FOLLOW_UP",
                        figures);
    }

    private static Set<UUID> usersIn(List<SessionFigure> sessions, LocalDate from, LocalDate asOf) {
        return sessions.stream().filter(s -> s.attended() && within(s.heldOn(), from, asOf))
                .map(SessionFigure::courseId).collect(Collectors.toSet());
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The median of sorted numbers, to one decimal. */
    static double median(Collection<Integer> sorted) {
        List<Integer> list = List.copyOf(sorted);
        int n = list.size();
        double m = n % 2 == 1 ? list.get(n / 2) : (list.get(n / 2 - 1) + list.get(n / 2)) / 2.0;
        return Math.round(m * 10) / 10.0;
    }

}
