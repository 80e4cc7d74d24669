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
 * from numbers of its own (seeded by its id), so that the rest of the demo data stays as it was.
 */
final class DemoImr {

    /** The therapists of a unit: user id and name. */
    record Therapist(UUID id, String name) {
    }

    private static final String COURSE = """
            insert into imr_course (id, course_id, format, start_date, end_date, next_session_on, created_at,
                changed_at, version)
            values (?, ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, 0)""";
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

    DemoImr(DemoRows rows, OffsetDateTime now, LocalDate today, Map<String, List<Therapist>> therapists) {
        this.rows = rows;
        this.now = now;
        this.today = today;
        this.therapists = therapists;
    }

    /** The unit's settings, for the units with IMR; the inpatient ward makes the first module compulsory. */
    void unit(UUID unitId, String unitName, LocalDate implementation, boolean inpatient) {
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
        rows.add(COURSE, imr, course, imrStart, end, next, now, now);
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
