package no.sammen.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Improvement teams, implementation plans and training events in the demo (ADR 0037): every unit with an
 * implementation start has a team of three of its staff and a plan around its start (teaching, simulation,
 * experience sharing, a local procedure, the relatives' letter, DIPS phrases), done before today, in
 * progress or planned after; the demo unit held a start-up conference with participants from every unit and
 * from elsewhere (seed 003), and a local gathering on the basic conversations whose attendance counts in the
 * competence plans. Its own random numbers leave the rest of the demo as it was.
 */
final class DemoImplementation {

    private static final String TEAM = "insert into improvement_team (unit_id, changed_by, changed_at, version) "
            + "values (?, 'Per Solheim', ?, 0)";
    private static final String MEMBER = "insert into improvement_team_member (unit_id, staff_id, role) values (?, ?, ?)";
    private static final String ACTIVITY = """
            insert into implementation_activity (id, unit_id, kind, title, starts_on, ends_on, responsible_staff_id,
                status, note, changed_by, changed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, null, 'Per Solheim', ?, 0)""";
    private static final String EVENT = """
            insert into training_event (id, unit_id, kind, topic, title, held_on, place, organiser, changed_by,
                changed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'Per Solheim', ?, 0)""";
    private static final String PARTICIPANT = "insert into training_participant (event_id, staff_id, signed_up, attended) "
            + "values (?, ?, ?, ?)";
    private static final String EXTERNAL = "insert into training_external (event_id, workplace, signed_up, attended) "
            + "values (?, ?, ?, ?)";

    /** Kind, title, months after the start it begins, and how many months it lasts (0: one day). */
    private static final Object[][] PLAN = {
        {"TRAINING_SESSION", "Fagdag om basissamtaler og pårørendesamarbeid", 0, 0},
        {"LOCAL_PROCEDURE", "Lokal prosedyre for systematisk pårørendesamarbeid", 0, 2},
        {"SIMULATION", "VR-simulering av samtale med pårørende", 1, 0},
        {"RELATIVES_LETTER", "Informasjonsbrev til pårørende", 1, 1},
        {"DIPS_PHRASES", "Fraser i DIPS for basissamtalene", 2, 1},
        {"EXPERIENCE_SHARING", "Erfaringsdeling om gjennomførte samtaler", 3, 0},
        {"EXPERIENCE_SHARING", "Erfaringsdeling: hva har vi lært?", 6, 0},
        {"TRAINING_SESSION", "Internundervisning for nyansatte", 13, 0},
        {"SIMULATION", "Ny runde med VR-simulering", 14, 0},
    };

    private final JdbcClient jdbc;
    private final LocalDate today;
    private final OffsetDateTime now;
    private final Random random;

    DemoImplementation(JdbcClient jdbc, LocalDate today, OffsetDateTime now, Random random) {
        this.jdbc = jdbc;
        this.today = today;
        this.now = now;
        this.random = random;
    }

    void write(UUID demoUnit) {
        List<Object[]> units = jdbc.sql("select id, implementation_start from org_unit "
                + "where implementation_start is not null order by name")
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)}).list();
        for (Object[] unit : units) {
            UUID unitId = (UUID) unit[0];
            LocalDate start = (LocalDate) unit[1];
            List<UUID> staff = staff(unitId);
            if (staff.size() < 3) {
                continue;
            }
            jdbc.sql(TEAM).params(unitId, now).update();
            String[] roles = {"LEADER", "RELATIVES_COORDINATOR", "PEF_COORDINATOR"};
            for (int i = 0; i < roles.length; i++) {
                jdbc.sql(MEMBER).params(unitId, staff.get(i), roles[i]).update();
            }
            for (int i = 0; i < PLAN.length; i++) {
                LocalDate from = start.plusMonths((Integer) PLAN[i][2]).plusDays(random.nextInt(20));
                int months = (Integer) PLAN[i][3];
                LocalDate to = months == 0 ? null : from.plusMonths(months);
                LocalDate last = to == null ? from : to;
                String status = last.isBefore(today) ? (i == 6 && random.nextBoolean() ? "CANCELLED" : "DONE")
                        : from.isAfter(today) ? "PLANNED" : "IN_PROGRESS";
                jdbc.sql(ACTIVITY).params(UUID.randomUUID(), unitId, PLAN[i][0], PLAN[i][1], from, to,
                        staff.get(i % 3), status, now).update();
            }
        }
        events(demoUnit);
    }

    /** A start-up conference for the whole organisation and a local gathering at the demo unit. */
    private void events(UUID demoUnit) {
        LocalDate start = jdbc.sql("select implementation_start from org_unit where id = ?").param(demoUnit)
                .query(LocalDate.class).single();
        UUID conference = UUID.randomUUID();
        jdbc.sql(EVENT).params(conference, demoUnit, "CONFERENCE", "MEDICATION_FREE",
                "Oppstartskonferanse: et felles løft for psykosebehandlingen", start.minusDays(14), "Bergen",
                "Prosjektgruppen i Helse Bergen", now).update();
        List<UUID> everyone = jdbc.sql("select id from staff order by unit_id, full_name, id").query(UUID.class).list();
        for (UUID staff : everyone) {
            if (random.nextDouble() < 0.55) {
                jdbc.sql(PARTICIPANT).params(conference, staff, true, random.nextDouble() < 0.7).update();
            }
        }
        Object[][] externals = {{"HOSPITAL", 24, 17}, {"MUNICIPALITY", 30, 20}, {"CHILD_AND_ADOLESCENT", 11, 7},
            {"OTHER", 6, 3}};
        for (Object[] e : externals) {
            jdbc.sql(EXTERNAL).params(conference, e[0], e[1], e[2]).update();
        }
        UUID gathering = UUID.randomUUID();
        jdbc.sql(EVENT).params(gathering, demoUnit, "LOCAL_GATHERING", "FAMILY_COLLABORATION",
                "Lokal samling om de tre basissamtalene", start.plusMonths(2).plusDays(3), "Kronstad DPS, møterom 2",
                "Forbedringsteamet", now).update();
        List<UUID> staff = staff(demoUnit);
        for (int i = 0; i < staff.size(); i++) {
            if (i % 4 != 3) {
                jdbc.sql(PARTICIPANT).params(gathering, staff.get(i), true, i % 4 != 2).update();
            }
        }
        UUID planned = UUID.randomUUID();
        jdbc.sql(EVENT).params(planned, demoUnit, "COURSE_DAY", "PEF", "Kursdag i psykoedukativt familiearbeid",
                today.plusDays(30), "Kronstad DPS", "PEF-koordinatoren", now).update();
        for (int i = 0; i < Math.min(5, staff.size()); i++) {
            jdbc.sql(PARTICIPANT).params(planned, staff.get(i), true, false).update();
        }
    }

    private List<UUID> staff(UUID unit) {
        return jdbc.sql("select id from staff where unit_id = ? order by full_name, id").param(unit).query(UUID.class)
                .list();
    }
}
