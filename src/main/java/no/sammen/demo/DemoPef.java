package no.sammen.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * PEF at Kronstad (seed 000, a whole-ward approach): recruitment of psychosis courses that grows after
 * the implementation started, a multi-family group and a single-family group per unit with sessions every
 * other week and attendance, a planned group, trained group leaders and monthly supervision. Draws from
 * numbers of its own, so that the rest of the demo data stays as it was.
 */
final class DemoPef {

    private static final String RECRUITMENT = """
            insert into pef_recruitment (id, course_id, state, state_on, by_user_id, by_name, reason, recorded_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String GROUP = """
            insert into programme_group (id, unit_id, programme, kind, name, schedule, starts_on, planned_end_on, phase,
                status, co_leaders, created_at, changed_at, version)
            values (?, ?, 'PEF', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String LEADER = "insert into programme_group_leader (group_id, user_id) values (?, ?)";
    private static final String MEMBER = """
            insert into programme_group_member (group_id, course_id, joined_on) values (?, ?, ?)""";
    private static final String RELATIVE = """
            insert into programme_group_relative (group_id, course_id, network_member_id) values (?, ?, ?)""";
    private static final String SESSION = """
            insert into programme_session (id, group_id, held_on, starts_at, note, phase, created_at, changed_at, version)
            values (?, ?, ?, ?, null, ?, ?, ?, 0)""";
    private static final String CAME = "insert into programme_session_patient (session_id, course_id) values (?, ?)";
    private static final String RELATIVE_CAME = """
            insert into programme_session_relative (session_id, network_member_id, course_id) values (?, ?, ?)""";
    private static final String QUALIFICATION = """
            insert into staff_qualification (id, user_id, unit_id, kind, qualified_on, valid_until, created_at, version)
            values (?, ?, ?, ?, ?, null, ?, 0)""";
    private static final String SUPERVISION = """
            insert into supervision_session (id, unit_id, programme, held_on, supervisor_id, supervisor_name, group_id,
                note, created_at, version)
            values (?, ?, 'PEF', ?, null, 'Veileder fra TIPS Vest', ?, null, ?, 0)""";
    private static final String[] DECLINED = {"Ønsker ikke at familien involveres nå", "Familien bor langt unna",
        "Vil vente til etter utskrivning"};

    /** An accepted course waiting for a group, with its first relative (or none). */
    private record Accepted(UUID course, LocalDate acceptedOn, LocalDate end, UUID relative) {
    }

    private final DemoRows rows;
    private final LocalDate first;
    private final LocalDate today;
    private final OffsetDateTime now;
    private final Random random = new Random(2026_12_01L);
    private final Map<UUID, List<Accepted>> accepted = new LinkedHashMap<>();
    private final Map<UUID, UUID> recruiter = new LinkedHashMap<>();

    DemoPef(DemoRows rows, LocalDate first, LocalDate today, OffsetDateTime now) {
        this.rows = rows;
        this.first = first;
        this.today = today;
        this.now = now;
    }

    /** A unit that runs PEF, and the user who registers its recruitment and leads its groups. */
    void unit(UUID unit, UUID coordinator) {
        accepted.put(unit, new ArrayList<>());
        recruiter.put(unit, coordinator);
    }

    boolean runs(UUID unit) {
        return accepted.containsKey(unit);
    }

    /** Recruitment of one psychosis course of a unit that runs PEF: offered more often as the work took hold. */
    void course(UUID unit, UUID course, LocalDate start, LocalDate end, List<UUID> relatives) {
        LocalDate offeredOn = start.plusDays(14 + random.nextInt(40));
        if (offeredOn.isAfter(today) || end != null && offeredOn.isAfter(end)) {
            return;
        }
        double progress = ChronoUnit.DAYS.between(first, start) / (double) ChronoUnit.DAYS.between(first, today);
        double offered = progress < 0.5 ? 0.1 : 0.2 + 1.2 * (progress - 0.5);
        UUID by = recruiter.get(unit);
        if (random.nextDouble() >= offered) {
            if (random.nextInt(10) == 0) {
                recruitment(course, "NOT_RELEVANT", null, "Ingen pårørende ønsker å delta", by, start.plusDays(10));
            }
            return;
        }
        recruitment(course, "OFFERED", offeredOn, null, by, offeredOn);
        LocalDate answered = offeredOn.plusDays(3 + random.nextInt(10));
        if (answered.isAfter(today)) {
            return;
        }
        double r = random.nextDouble();
        if (r < 0.55) {
            recruitment(course, "ACCEPTED", answered, null, by, answered);
            accepted.get(unit).add(new Accepted(course, answered, end, relatives.isEmpty() ? null : relatives.get(0)));
        } else if (r < 0.8) {
            recruitment(course, "DECLINED", answered, DECLINED[random.nextInt(DECLINED.length)], by, answered);
        }
    }

    private void recruitment(UUID course, String state, LocalDate on, String reason, UUID by, LocalDate recorded) {
        rows.add(RECRUITMENT, DemoRows.id(random), course, state, on, by, "Silje Eide", reason,
                recorded.atTime(12, 0).atOffset(now.getOffset()));
    }

    /**
     * The groups of each unit: a multi-family group of 5–6 accepted families that started eight months ago,
     * a single-family group that started three months ago, and a planned group starting after the next
     * PEF course; the leaders' training and monthly supervision.
     */
    void groups(Map<UUID, List<UUID>> leaders) {
        for (Map.Entry<UUID, List<Accepted>> unit : accepted.entrySet()) {
            List<UUID> led = leaders.get(unit.getKey());
            List<Accepted> waiting = new ArrayList<>(unit.getValue());
            LocalDate multiStart = today.minusMonths(8);
            List<Accepted> families = new ArrayList<>();
            for (Accepted a : List.copyOf(waiting)) {
                if (families.size() < 6 && !a.acceptedOn().isAfter(multiStart.plusDays(30))
                        && !a.acceptedOn().isBefore(multiStart.minusDays(120))) {
                    families.add(a);
                    waiting.remove(a);
                }
            }
            UUID multi = group(unit.getKey(), "MULTI_FAMILY", "Tirsdagsgruppen", "annenhver tirsdag 16–18",
                    multiStart, "PROBLEM_SOLVING", "RUNNING", "Hilde Vik, psykiatrisk sykepleier i kommunen", led);
            sessions(multi, families, multiStart);
            List<Accepted> one = waiting.stream().filter(a -> a.end() == null).limit(1).toList();
            waiting.removeAll(one);
            if (!one.isEmpty()) {
                LocalDate singleStart = today.minusMonths(3);
                UUID single = group(unit.getKey(), "SINGLE_FAMILY", "Familiesamtaler torsdag",
                        "hver tredje torsdag 14–15.30", singleStart, "WORKSHOP", "RUNNING", null, led.subList(0, 1));
                sessions(single, one, singleStart);
            }
            group(unit.getKey(), "MULTI_FAMILY", "Ny flerfamiliegruppe etter kurset", "annenhver onsdag 16–18",
                    today.plusWeeks(6), "JOINING", "PLANNED", null, led);
            LocalDate trained = first.plusMonths(9);
            for (UUID leader : led) {
                rows.add(QUALIFICATION, DemoRows.id(random), leader, unit.getKey(), "PEF_GROUP_LEADER", trained, now);
            }
            for (LocalDate day = multiStart.plusDays(20); !day.isAfter(today); day = day.plusMonths(1)) {
                rows.add(SUPERVISION, DemoRows.id(random), unit.getKey(), day, multi, now);
            }
        }
    }

    private UUID group(UUID unit, String kind, String name, String schedule, LocalDate start, String phase,
            String status, String coLeaders, List<UUID> leaders) {
        UUID id = DemoRows.id(random);
        rows.add(GROUP, id, unit, kind, name, schedule, start, start.plusYears(2), phase, status, coLeaders, now, now);
        leaders.forEach(l -> rows.add(LEADER, id, l));
        return id;
    }

    /** Sessions every other week from the start, each family coming most times, and the next one planned. */
    private void sessions(UUID group, List<Accepted> families, LocalDate start) {
        for (Accepted a : families) {
            rows.add(MEMBER, group, a.course(), start);
            if (a.relative() != null) {
                rows.add(RELATIVE, group, a.course(), a.relative());
            }
        }
        LocalDate day = start;
        int n = 0;
        for (; !day.isAfter(today); day = day.plusWeeks(2), n++) {
            String phase = n < 3 ? "JOINING" : n < 4 ? "WORKSHOP" : "PROBLEM_SOLVING";
            UUID session = DemoRows.id(random);
            rows.add(SESSION, session, group, day, java.time.LocalTime.of(16, 0), phase, now, now);
            for (Accepted a : families) {
                if (random.nextDouble() < 0.8) {
                    rows.add(CAME, session, a.course());
                }
                if (a.relative() != null && random.nextDouble() < 0.75) {
                    rows.add(RELATIVE_CAME, session, a.relative(), a.course());
                }
            }
        }
        rows.add(SESSION, DemoRows.id(random), group, day, java.time.LocalTime.of(16, 0), "PROBLEM_SOLVING", now, now);
    }
}
