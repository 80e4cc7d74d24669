package no.sammen.fidelity;

import static no.sammen.fidelity.ImrFidelityRules.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.groupprogramme.GroupKind;
import no.sammen.groupprogramme.GroupPhase;
import no.sammen.groupprogramme.GroupProgrammeFigures.Activity;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.SessionView;

/**
 * The PEF items the registrations answer, per unit and half-year (from {@code from} to {@code asOf}).
 * A family is a member course of one of the unit's PEF groups; it came to a session when the patient or a
 * family member of the course is registered as present. Only sessions with attendance count as held.
 */
final class PefFidelityRules {

    /** A share of families is scored only from this many families. */
    static final int MIN_FAMILIES = 5;
    /** Groups meet at least every other week: the median days between their meetings. */
    static final int MOST_DAYS_BETWEEN = 14;
    static final int LONG_TERM_MONTHS = 9;
    static final int LEEWAY_DAYS = 14;
    static final int JOINING_SESSIONS = 3;
    static final int SMALLEST_GROUP = 5;
    static final int LARGEST_GROUP = 8;

    private PefFidelityRules() {
    }

    /** FPE item 2: families in groups whose median time between group meetings was at most 14 days. */
    static ItemScore sessionFrequency(Activity pef, LocalDate from, LocalDate asOf) {
        String id = "FPE_SESSION_FREQUENCY";
        Map<UUID, List<LocalDate>> meetings = new HashMap<>();
        for (SessionView s : pef.sessions()) {
            if (s.attendanceRegistered() && groupMeeting(s) && within(s.heldOn(), from, asOf)) {
                meetings.computeIfAbsent(s.groupId(), g -> new ArrayList<>()).add(s.heldOn());
            }
        }
        long families = 0;
        long often = 0;
        int groups = 0;
        List<String> medians = new ArrayList<>();
        for (GroupView g : pef.groups()) {
            List<LocalDate> days = meetings.getOrDefault(g.id(), List.of()).stream().distinct().sorted().toList();
            if (days.size() < 2) {
                continue;
            }
            List<Integer> gaps = new ArrayList<>();
            for (int i = 1; i < days.size(); i++) {
                gaps.add((int) ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
            }
            double median = ImrFidelityRules.median(gaps.stream().sorted().toList());
            long members = members(g, asOf);
            groups++;
            families += members;
            often += median <= MOST_DAYS_BETWEEN ? members : 0;
            medians.add(median == Math.rint(median) ? String.valueOf((long) median) : String.valueOf(median));
        }
        Map<String, Object> figures = ItemScore.figures("families", families, "groups", groups, "oftenEnough", often,
                "percent", ItemScore.percent(often, families), "medianDays", String.join(", ", medians));
        return families < MIN_FAMILIES ? ItemScore.tooLittle(id, "FPE_SESSION_FREQUENCY.tooLittle", figures)
                : ItemScore.scored(id, Bands.FPE_SHARE.score(often, families), "FPE_SESSION_FREQUENCY", figures);
    }

    /**
     * FPE item 3: families whose nine months since their first PEF meeting ran out in the half-year, and of
     * them those who came to a meeting then or later (two weeks' leeway).
     */
    static ItemScore longTerm(Activity pef, LocalDate from, LocalDate asOf) {
        String id = "FPE_LONG_TERM";
        Map<UUID, TreeSet<LocalDate>> came = attendance(pef, asOf, s -> true);
        long reached = 0;
        long stayed = 0;
        for (TreeSet<LocalDate> days : came.values()) {
            LocalDate mark = days.first().plusMonths(LONG_TERM_MONTHS);
            if (within(mark, from, asOf)) {
                reached++;
                stayed += days.last().isBefore(mark.minusDays(LEEWAY_DAYS)) ? 0 : 1;
            }
        }
        Map<String, Object> figures = ItemScore.figures("families", reached, "stayed", stayed,
                "percent", ItemScore.percent(stayed, reached));
        return reached < MIN_FAMILIES ? ItemScore.tooLittle(id, "FPE_LONG_TERM.tooLittle", figures)
                : ItemScore.scored(id, Bands.FPE_SHARE.score(stayed, reached), "FPE_LONG_TERM", figures);
    }

    /** Model: multi-family groups that met in the half-year, and of them those with 5–8 member families. */
    static ItemScore groupSize(Activity pef, LocalDate from, LocalDate asOf) {
        String id = "PEF_GROUP_SIZE";
        Set<UUID> met = metIn(pef, from, asOf);
        List<Long> sizes = pef.groups().stream().filter(g -> g.kind() == GroupKind.MULTI_FAMILY && met.contains(g.id()))
                .map(g -> members(g, asOf)).sorted().toList();
        long fit = sizes.stream().filter(n -> n >= SMALLEST_GROUP && n <= LARGEST_GROUP).count();
        Map<String, Object> figures = ItemScore.figures("groups", sizes.size(), "fitting", fit,
                "sizes", sizes.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return sizes.isEmpty() ? ItemScore.tooLittle(id, "PEF_GROUP_SIZE.none", figures)
                : ItemScore.scored(id, Bands.FPE_SHARE.score(fit, sizes.size()), "PEF_GROUP_SIZE", figures);
    }

    /**
     * Model: families whose first group meeting (workshop or problem solving) was in the half-year, and of
     * them those who came to at least three joining-phase sessions before it.
     */
    static ItemScore joining(Activity pef, LocalDate from, LocalDate asOf) {
        String id = "PEF_JOINING";
        Map<UUID, TreeSet<LocalDate>> group = attendance(pef, asOf, PefFidelityRules::groupMeeting);
        Map<UUID, TreeSet<LocalDate>> joined = attendance(pef, asOf, s -> s.phase() == GroupPhase.JOINING);
        long families = 0;
        long prepared = 0;
        List<Integer> counts = new ArrayList<>();
        for (Map.Entry<UUID, TreeSet<LocalDate>> e : group.entrySet()) {
            LocalDate first = e.getValue().first();
            if (!within(first, from, asOf)) {
                continue;
            }
            int before = joined.getOrDefault(e.getKey(), new TreeSet<>()).headSet(first).size();
            families++;
            prepared += before >= JOINING_SESSIONS ? 1 : 0;
            counts.add(before);
        }
        Map<String, Object> figures = ItemScore.figures("families", families, "prepared", prepared,
                "percent", ItemScore.percent(prepared, families),
                "medianJoining", counts.isEmpty() ? 0 : ImrFidelityRules.median(counts.stream().sorted().toList()));
        return families < MIN_FAMILIES ? ItemScore.tooLittle(id, "PEF_JOINING.tooLittle", figures)
                : ItemScore.scored(id, Bands.FPE_SHARE.score(prepared, families), "PEF_JOINING", figures);
    }

    /** Model: groups that met in the half-year with two leaders (multi-family) or one (single-family). */
    static ItemScore leaders(Activity pef, LocalDate from, LocalDate asOf) {
        String id = "PEF_LEADERS";
        Set<UUID> met = metIn(pef, from, asOf);
        List<GroupView> groups = pef.groups().stream().filter(g -> met.contains(g.id())).toList();
        long enough = groups.stream().filter(g -> leaderCount(g) >= (g.kind() == GroupKind.MULTI_FAMILY ? 2 : 1))
                .count();
        Map<String, Object> figures = ItemScore.figures("groups", groups.size(), "enough", enough);
        return groups.isEmpty() ? ItemScore.tooLittle(id, "PEF_LEADERS.none", figures)
                : ItemScore.scored(id, Bands.FPE_SHARE.score(enough, groups.size()), "PEF_LEADERS", figures);
    }

    /** Staff leaders, and co-leaders from outside (written as text) as one. */
    static int leaderCount(GroupView g) {
        return g.leaderIds().size() + (g.coLeaders() == null || g.coLeaders().isBlank() ? 0 : 1);
    }

    /** Model: months of the half-year with a PEF meeting at the unit, and of them those with supervision. */
    static ItemScore supervision(Activity pef, LocalDate from, LocalDate asOf) {
        String id = "PEF_SUPERVISION";
        Set<YearMonth> meetingMonths = pef.sessions().stream()
                .filter(s -> s.attendanceRegistered() && within(s.heldOn(), from, asOf))
                .map(s -> YearMonth.from(s.heldOn())).collect(Collectors.toSet());
        List<LocalDate> supervised = pef.supervisions().stream().map(s -> s.heldOn())
                .filter(d -> within(d, from, asOf)).toList();
        Set<YearMonth> supervisedMonths = supervised.stream().map(YearMonth::from).collect(Collectors.toSet());
        long both = meetingMonths.stream().filter(supervisedMonths::contains).count();
        Map<String, Object> figures = ItemScore.figures("months", meetingMonths.size(), "supervisedMonths", both,
                "percent", ItemScore.percent(both, meetingMonths.size()), "supervisionSessions", supervised.size());
        return meetingMonths.isEmpty() ? ItemScore.tooLittle(id, "PEF_SUPERVISION.none", figures)
                : ItemScore.scored(id, Bands.FPE_SHARE.score(both, meetingMonths.size()), "PEF_SUPERVISION", figures);
    }

    private static boolean groupMeeting(SessionView s) {
        return s.phase() == GroupPhase.WORKSHOP || s.phase() == GroupPhase.PROBLEM_SOLVING;
    }

    private static long members(GroupView g, LocalDate asOf) {
        return g.members().stream().filter(m -> m.joinedOn() == null || !m.joinedOn().isAfter(asOf)).count();
    }

    private static Set<UUID> metIn(Activity pef, LocalDate from, LocalDate asOf) {
        return pef.sessions().stream().filter(s -> s.attendanceRegistered() && within(s.heldOn(), from, asOf))
                .map(SessionView::groupId).collect(Collectors.toSet());
    }

    /** The days each family (by course) came to a session of the kind, up to {@code asOf}. */
    private static Map<UUID, TreeSet<LocalDate>> attendance(Activity pef, LocalDate asOf,
            java.util.function.Predicate<SessionView> kind) {
        Map<UUID, TreeSet<LocalDate>> came = new TreeMap<>();
        pef.sessions().stream().filter(s -> kind.test(s) && !s.heldOn().isAfter(asOf))
                .sorted(Comparator.comparing(SessionView::heldOn)).forEach(s -> {
                    Set<UUID> present = new java.util.HashSet<>(s.patientCourseIds());
                    s.relatives().forEach(r -> present.add(r.courseId()));
                    present.forEach(c -> came.computeIfAbsent(c, k -> new TreeSet<>()).add(s.heldOn()));
                });
        return came;
    }
}
