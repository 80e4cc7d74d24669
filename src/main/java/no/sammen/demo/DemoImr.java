package no.sammen.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * IMR at the units whose clinicians sign in to the demo (seed 002): individual IMR at Kronstad's ward,
 * where the first module is compulsory and the unit aims at 200 sessions (150 individual, 50 in groups)
 * in the year after its implementation start, and at two outpatient clinics, which give individual IMR to
 * fewer of their many courses and aim at the same 200 sessions in their current year, which they approach. After a unit's start more
 * and more of its psychosis courses get an IMR course: modules chosen, one to three goals in the user's
 * words, and about two sessions a week (many on evening shifts) until the course ends. Each course draws
 * from numbers of its own (seeded by its id), so that the rest of the demo data stays as it was. The day
 * rehabilitation units give IMR in groups (seed 002's outpatient day rehabilitation): most of their
 * psychosis courses after their IMR start get IMR in a group, and one group a term meets weekly, each
 * session registered once with who came (ADR 0030).
 */
final class DemoImr {

    /** The therapists of a unit: user id and name. */
    record Therapist(UUID id, String name) {
    }

    /** One statement for both formats: the rows are written statement by statement, in order of first use. */
    private static final String COURSE = """
            insert into imr_course (id, course_id, format, start_date, end_date, next_session_on, created_at,
                changed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String GROUP = """
            insert into programme_group (id, unit_id, programme, kind, name, schedule, starts_on, planned_end_on, phase,
                status, co_leaders, created_at, changed_at, version)
            values (?, ?, 'IMR', 'GROUP', ?, ?, ?, ?, null, ?, null, ?, ?, 0)""";
    // Rows are written statement by statement in the order each statement was first used, and PEF's groups
    // used the plain leader and member statements before these groups exist: these name their columns in
    // another order, so that they are statements of their own, written after the groups.
    private static final String GROUP_LEADER = "insert into programme_group_leader (user_id, group_id) values (?, ?)";
    private static final String GROUP_MEMBER = """
            insert into programme_group_member (course_id, group_id, joined_on) values (?, ?, ?)""";
    private static final String GROUP_SESSION = """
            insert into programme_session (id, group_id, held_on, starts_at, note, phase, shift, module_id, module_part,
                created_at, changed_at, version)
            values (?, ?, ?, null, null, null, ?, ?, ?, ?, ?, 0)""";
    private static final String GROUP_SESSION_PATIENT = """
            insert into programme_session_patient (session_id, course_id, homework_chosen) values (?, ?, ?)""";
    private static final String GROUP_SESSION_LEADER = """
            insert into programme_session_leader (session_id, user_id) values (?, ?)""";
    private static final String COURSE_THERAPIST = """
            insert into imr_course_therapist (imr_course_id, position, user_id, name) values (?, ?, ?, ?)""";
    private static final String COURSE_MODULE = """
            insert into imr_course_module (imr_course_id, position, module_id) values (?, ?, ?)""";
    private static final String GOAL = """
            insert into imr_goal (id, course_id, set_on, goal, steps, created_at, changed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String GOAL_REVISION = """
            insert into imr_goal_revision (goal_id, position, recorded_at, recorded_by, set_on, goal, steps)
            values (?, 0, ?, ?, ?, ?, ?)""";
    private static final String SESSION = """
            insert into imr_session (id, course_id, unit_id, held_on, format, shift, module_id, module_part,
                homework_chosen, attended, created_at, version)
            values (?, ?, ?, ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, ?, 0)""";
    private static final String SESSION_THERAPIST = """
            insert into imr_session_therapist (session_id, position, user_id, name) values (?, ?, ?, ?)""";
    private static final String GOAL_NOTE = "insert into imr_goal_note (session_id, goal_id, note) values (?, ?, ?)";
    private static final String[] PROGRESS = {"Har tatt første steg", "Gikk bedre denne uka", "Står litt fast, prøver igjen",
        "Klarte det to ganger", "Vil justere trinnene"};
    private static final String SETTINGS = """
            insert into imr_unit_settings (unit_id, first_module_id, goal_from, goal_to, individual_goal, group_goal,
                changed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""";

    private static final String QUALIFICATION = """
            insert into staff_qualification (id, user_id, unit_id, kind, qualified_on, valid_until, created_at, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String SUPERVISION = """
            insert into supervision_session (id, unit_id, programme, held_on, supervisor_id, supervisor_name, group_id,
                note, created_at, version)
            values (?, ?, 'IMR', ?, ?, ?, null, ?, ?, 0)""";
    private static final String SUPERVISED = "insert into supervision_attendee (supervision_id, user_id) values (?, ?)";
    private static final String[] SUPERVISION_NOTES = {"Gjennomgang av modul 3 og hjemmeoppgaver",
        "Målformulering i brukerens egne ord", "Rollespill: å kjenne igjen stress og mestre det", null};

    private static final String[] MODULES = {"RECOVERY_STRATEGIES", "PRACTICAL_FACTS", "STRESS_VULNERABILITY",
        "SOCIAL_SUPPORT", "MEDICATION", "DRUGS_AND_ALCOHOL", "REDUCING_RELAPSES", "COPING_WITH_STRESS",
        "PROBLEMS_AND_SYMPTOMS", "NEEDS_MET", "HEALTHY_LIFESTYLES"};
    private static final String[][] GOALS = {
        {"Å begynne på skolen igjen til høsten", "Ringe rådgiveren; lese en time hver dag"},
        {"Å sove bedre om natta", "Legge meg før midnatt; ikke kaffe etter klokka 16"},
        {"Å ha en venn å gå tur med", "Spørre naboen; bli med på turgruppa på torsdager"},
        {"Å klare meg i egen leilighet", "Handle selv hver uke; lage middag tre dager i uka"},
        {"Å kjenne igjen når jeg er i ferd med å bli dårlig", "Skrive ned varseltegnene mine"},
        {"Å komme i jobb, litt i starten", null},
        {"Å ha mer kontakt med søsteren min", "Sende en melding hver søndag"},
    };

    /** The part of an outpatient clinic's courses that get IMR, against the ward's. */
    private static final double OUTPATIENT_SHARE = 0.15;

    private final DemoRows rows;
    private final OffsetDateTime now;
    private final LocalDate today;
    /** The therapists of each unit with IMR, by unit name. */
    private final Map<String, List<Therapist>> therapists;
    /** The units that give IMR in groups (the day rehabilitation units), by name, with the groups' leader. */
    private final Map<String, Therapist> groupUnits;
    /** Per unit with groups: its IMR start and the courses with IMR in a group there. */
    private final Map<UUID, LocalDate> groupUnitStarts = new java.util.LinkedHashMap<>();
    private final Map<UUID, Therapist> groupUnitLeaders = new java.util.HashMap<>();
    private final Map<UUID, List<GroupCourse>> groupCourses = new java.util.LinkedHashMap<>();

    /** A course with IMR in a group: from its IMR start to its end or today. */
    private record GroupCourse(UUID course, LocalDate from, LocalDate last) {
    }

    DemoImr(DemoRows rows, OffsetDateTime now, LocalDate today, Map<String, List<Therapist>> therapists,
            Map<String, Therapist> groupUnits) {
        this.rows = rows;
        this.now = now;
        this.today = today;
        this.therapists = therapists;
        this.groupUnits = groupUnits;
    }

    /** The unit's settings, for the units with IMR; the inpatient ward makes the first module compulsory. */
    void unit(UUID unitId, String unitName, LocalDate implementation, boolean inpatient) {
        if (groupUnits.containsKey(unitName)) {
            groupUnitStarts.put(unitId, implementation);
            groupUnitLeaders.put(unitId, groupUnits.get(unitName));
            groupCourses.put(unitId, new ArrayList<>());
            // Its IMR is in groups: a group session a week, some fifty in its current year.
            LocalDate from = today.withDayOfMonth(1).minusMonths(9);
            rows.add(SETTINGS, unitId, null, from, from.plusYears(1).minusDays(1), 0, 50, now);
            return;
        }
        if (!therapists.containsKey(unitName)) {
            return;
        }
        if (inpatient) {
            rows.add(SETTINGS, unitId, "RECOVERY_STRATEGIES", implementation, implementation.plusYears(1).minusDays(1),
                    150, 50, now);
        } else {
            // The clinic's current year: 200 sessions, which at its pace it is approaching.
            LocalDate from = today.withDayOfMonth(1).minusMonths(9);
            rows.add(SETTINGS, unitId, null, from, from.plusYears(1).minusDays(1), 150, 50, now);
        }
    }

    /** The IMR of one psychosis course, if its unit has IMR and the course gets it. */
    void course(UUID course, UUID unitId, String unitName, LocalDate start, LocalDate end, LocalDate implementation,
            boolean inpatient) {
        if (groupUnits.containsKey(unitName)) {
            inGroup(course, unitId, groupUnits.get(unitName), start, end, implementation);
            return;
        }
        List<Therapist> unitTherapists = therapists.get(unitName);
        LocalDate last = end == null ? today : end;
        if (unitTherapists == null || last.isBefore(implementation.plusDays(14))) {
            return;
        }
        Random random = new Random(course.getMostSignificantBits() ^ course.getLeastSignificantBits() ^ 0x1AB7L);
        double months = ChronoUnit.DAYS.between(implementation, last) / 30.4;
        // A clinic has many more psychosis courses than the ward; fewer of them get individual IMR.
        double chance = Math.min(0.75, 0.15 + 0.06 * months) * (inpatient ? 1 : OUTPATIENT_SHARE);
        if (random.nextDouble() >= chance) {
            return;
        }
        LocalDate imrStart = (start.isAfter(implementation) ? start : implementation).plusDays(3 + random.nextInt(10));
        if (!imrStart.isBefore(last)) {
            return;
        }
        UUID imr = DemoRows.id(random);
        List<String> modules = modules(random, inpatient);
        List<Therapist> chosen = new ArrayList<>(List.of(unitTherapists.get(random.nextInt(unitTherapists.size()))));
        if (unitTherapists.size() > 1 && random.nextBoolean()) {
            unitTherapists.stream().filter(t -> !t.equals(chosen.get(0))).findFirst().ifPresent(chosen::add);
        }
        List<LocalDate> days = new ArrayList<>();
        // Most users chose at least two sessions a week; an outpatient one, about one.
        for (LocalDate day = imrStart; !day.isAfter(last) && days.size() < 40;
                day = day.plusDays(inpatient ? 2 + random.nextInt(3) : 5 + random.nextInt(5))) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        LocalDate next = end == null ? today.plusDays(1 + random.nextInt(6)) : null;
        rows.add(COURSE, imr, course, "INDIVIDUAL", imrStart, end, next, now, now);
        for (int i = 0; i < chosen.size(); i++) {
            rows.add(COURSE_THERAPIST, imr, i, chosen.get(i).id(), chosen.get(i).name());
        }
        for (int i = 0; i < modules.size(); i++) {
            rows.add(COURSE_MODULE, imr, i, modules.get(i));
        }
        int goals = 1 + random.nextInt(3);
        List<UUID> goalIds = new ArrayList<>();
        List<LocalDate> goalDays = new ArrayList<>();
        for (int g = 0; g < goals; g++) {
            String[] text = GOALS[random.nextInt(GOALS.length)];
            UUID goal = DemoRows.id(random);
            LocalDate setOn = days.isEmpty() ? imrStart : days.get(Math.min(days.size() - 1, g + 1));
            rows.add(GOAL, goal, course, setOn, text[0], text[1], now, now);
            rows.add(GOAL_REVISION, goal, now, chosen.get(0).name(), setOn, text[0], text[1]);
            goalIds.add(goal);
            goalDays.add(setOn);
        }
        // Progress on the first goal noted at some attended sessions after it was set; numbers of their own,
        // so that the rest of the course's data stays as it was.
        Random notes = new Random(course.getMostSignificantBits() ^ 0x60A1L);
        int perModule = inpatient ? 3 : 4;
        for (int i = 0; i < days.size(); i++) {
            String module = modules.get(Math.min(modules.size() - 1, i / perModule));
            boolean attended = random.nextDouble() < 0.9;
            UUID session = DemoRows.id(random);
            rows.add(SESSION, session, course, unitId, days.get(i), random.nextDouble() < 0.45 ? "EVENING" : "DAY",
                    module, 1 + i % perModule, attended && random.nextDouble() < 0.6, attended, now);
            for (int t = 0; t < chosen.size(); t++) {
                rows.add(SESSION_THERAPIST, session, t, chosen.get(t).id(), chosen.get(t).name());
            }
            if (attended && days.get(i).isAfter(goalDays.get(0)) && notes.nextDouble() < 0.35) {
                rows.add(GOAL_NOTE, session, goalIds.get(0), PROGRESS[notes.nextInt(PROGRESS.length)]);
            }
        }
    }

    /**
     * IMR in a group at a day rehabilitation unit: most of its psychosis courses after the unit's IMR start
     * get an IMR course in a group with the curriculum in its order and one or two goals; the sessions are
     * the groups' ({@link #groups}).
     */
    private void inGroup(UUID course, UUID unitId, Therapist leader, LocalDate start, LocalDate end,
            LocalDate implementation) {
        LocalDate last = end == null ? today : end;
        Random random = new Random(course.getMostSignificantBits() ^ course.getLeastSignificantBits() ^ 0x6A0BL);
        if (last.isBefore(implementation.plusDays(21)) || random.nextDouble() >= 0.6) {
            return;
        }
        LocalDate imrStart = (start.isAfter(implementation) ? start : implementation).plusDays(2 + random.nextInt(8));
        if (!imrStart.isBefore(last.minusDays(7))) {
            return;
        }
        UUID imr = DemoRows.id(random);
        rows.add(COURSE, imr, course, "GROUP", imrStart, end, null, now, now);
        rows.add(COURSE_THERAPIST, imr, 0, leader.id(), leader.name());
        for (int i = 0; i < MODULES.length; i++) {
            rows.add(COURSE_MODULE, imr, i, MODULES[i]);
        }
        for (int g = 0; g < 1 + random.nextInt(2); g++) {
            String[] text = GOALS[random.nextInt(GOALS.length)];
            UUID goal = DemoRows.id(random);
            LocalDate setOn = imrStart.plusDays(g * 7L).isAfter(last) ? imrStart : imrStart.plusDays(g * 7L);
            rows.add(GOAL, goal, course, setOn, text[0], text[1], now, now);
            rows.add(GOAL_REVISION, goal, now, leader.name(), setOn, text[0], text[1]);
        }
        groupCourses.get(unitId).add(new GroupCourse(course, imrStart, last));
    }

    /** How long a group runs: a term of 18 weeks, one session a week. */
    private static final int TERM_WEEKS = 18;
    private static final int GROUP_SIZE = 8;

    /**
     * The IMR groups of the day rehabilitation units, after all courses: from the unit's IMR start one group
     * a term, meeting on Wednesdays (mostly in the evening), working through the curriculum's modules in
     * order; the courses with IMR in a group join the term they are in (at most eight a group), and each
     * session is registered once with who came. The running group has its next session planned.
     */
    void groups() {
        for (Map.Entry<UUID, List<GroupCourse>> unit : groupCourses.entrySet()) {
            UUID unitId = unit.getKey();
            Therapist leader = groupUnitLeaders.get(unitId);
            Random random = new Random(unitId.getMostSignificantBits() ^ unitId.getLeastSignificantBits() ^ 0x6A0BL);
            List<GroupCourse> waiting = new ArrayList<>(unit.getValue());
            waiting.sort(java.util.Comparator.comparing(GroupCourse::from));
            LocalDate termStart = groupUnitStarts.get(unitId).plusDays(14)
                    .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            for (int term = 1; !termStart.isAfter(today); term++) {
                LocalDate begin = termStart;
                LocalDate termEnd = termStart.plusWeeks(TERM_WEEKS - 1L);
                // the courses in IMR some time this term, at most a group's size
                List<GroupCourse> members = waiting.stream()
                        .filter(c -> !c.from().isAfter(termEnd) && c.last().isAfter(begin) && !c.from().isAfter(today))
                        .limit(GROUP_SIZE).toList();
                waiting.removeAll(members);
                UUID group = DemoRows.id(random);
                boolean running = !termEnd.isBefore(today);
                rows.add(GROUP, group, unitId, "IMR-gruppe " + term, "onsdager 17–19", termStart, termEnd,
                        running ? "RUNNING" : "ENDED", now, now);
                rows.add(GROUP_LEADER, leader.id(), group);
                for (GroupCourse c : members) {
                    LocalDate joined = c.from().isAfter(termStart) ? c.from() : termStart;
                    rows.add(GROUP_MEMBER, c.course(), group, joined.isAfter(today) ? today : joined);
                }
                int index = 0;
                for (LocalDate day = termStart; !day.isAfter(termEnd) && !day.isAfter(today); day = day.plusWeeks(1)) {
                    LocalDate held = day;
                    List<GroupCourse> came = members.stream()
                            .filter(c -> !held.isBefore(c.from()) && !held.isAfter(c.last()))
                            .filter(c -> random.nextDouble() < 0.85).toList();
                    if (came.isEmpty()) {
                        continue;
                    }
                    UUID session = DemoRows.id(random);
                    rows.add(GROUP_SESSION, session, group, held, random.nextDouble() < 0.6 ? "EVENING" : "DAY",
                            MODULES[Math.min(MODULES.length - 1, index * MODULES.length / TERM_WEEKS)], 1 + index % 2,
                            now, now);
                    rows.add(GROUP_SESSION_LEADER, session, leader.id());
                    for (GroupCourse c : came) {
                        rows.add(GROUP_SESSION_PATIENT, session, c.course(), random.nextDouble() < 0.6);
                    }
                    index++;
                }
                if (running) {
                    LocalDate next = today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
                    rows.add(GROUP_SESSION, DemoRows.id(random), group, next, null, null, null, now, now);
                }
                termStart = termEnd.plusWeeks(1);
            }
        }
    }

    /** The modules the user chose: the first compulsory at the ward, then three to six of the rest. */
    private static List<String> modules(Random random, boolean inpatient) {
        List<String> rest = new ArrayList<>(List.of(MODULES).subList(1, MODULES.length));
        java.util.Collections.shuffle(rest, random);
        List<String> chosen = new ArrayList<>();
        if (inpatient || random.nextBoolean()) {
            chosen.add(MODULES[0]);
        }
        chosen.addAll(rest.subList(0, 3 + random.nextInt(4)));
        return chosen;
    }

    /**
     * The therapists' certification and their supervision: each therapist of a unit with IMR certified a
     * year and a half ago (valid for three years), the ward's coordinator also an IMR supervisor who
     * supervises the ward's other therapists every month, the clinics supervised by an external supervisor
     * every other month. Draws from a random of its own, so that the rest of the demo data stays as it was.
     *
     * @param unitIds    the units by name
     * @param supervisor the ward's IMR supervisor, one of its therapists
     */
    void staff(Map<String, UUID> unitIds, String ward, UUID supervisor) {
        Random random = new Random(0x5EED_1A3L);
        LocalDate certified = today.minusMonths(18);
        for (Map.Entry<String, List<Therapist>> unit : new java.util.TreeMap<>(therapists).entrySet()) {
            UUID unitId = unitIds.get(unit.getKey());
            for (Therapist t : unit.getValue()) {
                rows.add(QUALIFICATION, DemoRows.id(random), t.id(), unitId, "IMR_THERAPIST", certified,
                        certified.plusYears(3), now);
            }
            boolean isWard = unit.getKey().equals(ward);
            if (isWard) {
                rows.add(QUALIFICATION, DemoRows.id(random), supervisor, unitId, "IMR_SUPERVISOR",
                        certified.plusMonths(6), null, now);
            }
            List<UUID> supervised = unit.getValue().stream().map(Therapist::id)
                    .filter(id -> !isWard || !id.equals(supervisor)).toList();
            int every = isWard ? 1 : 2;
            for (int back = 6; back >= 0; back -= every) {
                LocalDate day = today.minusMonths(back).withDayOfMonth(10);
                if (day.isAfter(today)) {
                    continue;
                }
                UUID id = DemoRows.id(random);
                rows.add(SUPERVISION, id, unitId, day, isWard ? supervisor : null,
                        isWard ? null : "IMR-veileder fra regional kompetansetjeneste",
                        SUPERVISION_NOTES[random.nextInt(SUPERVISION_NOTES.length)], now);
                supervised.forEach(u -> rows.add(SUPERVISED, id, u));
            }
        }
    }
}
