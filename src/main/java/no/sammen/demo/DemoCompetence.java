package no.sammen.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Competence plans in the demo: the demo clinician and coordinator are staff of the demo unit with
 * their accounts linked; every conversation and contact with relatives names the staff member its text
 * names, and every invited network meeting the staff member who made the course's first contact, so that
 * the plans' practice items fill in from the demo's registrations; and the staff's items registered by hand are
 * at different stages: not started, begun, awaiting a leader's confirmation, complete.
 */
final class DemoCompetence {

    private static final String ITEM = """
            insert into competence_item (id, staff_id, item_id, planned_on, done_on, evidence, registered_by,
                registered_at, confirmed_by, confirmed_on, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcClient jdbc;
    private final LocalDate today;

    DemoCompetence(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The demo unit's first and third staff members are the demo clinician and coordinator. */
    static String named(boolean demoUnit, int index, String drawn) {
        return !demoUnit ? drawn : index == 0 ? "Ingrid Haugland" : index == 2 ? "Silje Eide" : drawn;
    }

    void write(UUID demoUnit, Map<String, UUID> accounts, UUID leader) {
        accounts.forEach((name, user) -> jdbc.sql("update staff set user_id = ? where unit_id = ? and full_name = ?")
                .params(user, demoUnit, name).update());
        jdbc.sql("""
                update basic_conversation set staff_id = (
                    select s.id from staff s join treatment_course c on c.unit_id = s.unit_id
                    where c.id = basic_conversation.course_id and s.full_name = basic_conversation.staff
                    order by s.id limit 1)""").update();
        jdbc.sql("""
                update relative_contact set staff_id = (
                    select s.id from staff s join treatment_course c on c.unit_id = s.unit_id
                    where c.id = relative_contact.course_id and s.full_name = relative_contact.staff_name
                    order by s.id limit 1)""").update();
        // an invited meeting is led by the staff member who works with the course's family: the one who made
        // its first contact with relatives
        jdbc.sql("""
                update network_meeting set staff_id = (
                    select r.staff_id from relative_contact r
                    where r.course_id = network_meeting.course_id and r.staff_id is not null
                    order by r.contacted_at, r.id limit 1)
                where invited = true""").update();
        List<Object[]> staff = jdbc.sql("""
                select s.id, s.profession, u.unit_type, u.implementation_start from staff s
                join org_unit u on u.id = s.unit_id order by u.name, s.full_name, s.id""")
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDate.class)})
                .list();
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(today.atStartOfDay());
        for (int i = 0; i < staff.size(); i++) {
            UUID id = (UUID) staff.get(i)[0];
            boolean pef = "INPATIENT".equals(staff.get(i)[2])
                    && List.of("NURSE", "MILIEU_THERAPIST", "PSYCHOLOGIST").contains((String) staff.get(i)[1]);
            LocalDate start = (LocalDate) staff.get(i)[3];
            int stage = i % 5;
            if (stage >= 1) {
                item(id, "ELEARNING_FAMILY_COLLABORATION", day(start, 1 + i % 3), "Kursbevis fra e-læringen", false,
                        leader, now);
                if (stage == 1) {
                    jdbc.sql(ITEM).params(UUID.randomUUID(), id, "WEB_GUIDE_THREE_CONVERSATIONS",
                            today.plusDays(14 + i % 20), null, null, leader, now, null, null).update();
                }
            }
            if (stage >= 2) {
                item(id, "WEB_GUIDE_THREE_CONVERSATIONS", day(start, 2 + i % 3), null, false, leader, now);
                item(id, "INTERNAL_TEACHING", day(start, 3 + i % 4), "Fagdag om basissamtaler", stage >= 3, leader,
                        now);
                item(id, "VR_SIMULATION", day(start, 4 + i % 4), "VR-simulering på enheten", stage >= 3, leader, now);
            }
            if (stage == 4 && pef) {
                item(id, "PEF_COURSE", day(start, 5), "PEF-kurs, kursbevis", true, leader, now);
            }
        }
    }

    /** A day some months after the unit began, never today or later. */
    private LocalDate day(LocalDate start, int months) {
        LocalDate day = (start == null ? today.minusMonths(12) : start).plusMonths(months).plusDays(months * 3L);
        return day.isBefore(today) ? day : today.minusDays(1);
    }

    private void item(UUID staff, String item, LocalDate done, String evidence, boolean confirmed, UUID leader,
            java.sql.Timestamp now) {
        LocalDate confirmedOn = confirmed ? (done.plusDays(7).isBefore(today) ? done.plusDays(7) : today) : null;
        jdbc.sql(ITEM).params(UUID.randomUUID(), staff, item, null, done, evidence, leader, now,
                confirmed ? leader : null, confirmedOn).update();
    }
}
