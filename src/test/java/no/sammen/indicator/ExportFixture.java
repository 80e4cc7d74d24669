package no.sammen.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic of its own under the test organisation, with units and K1 courses placed in a month, and users
 * who belong to its units; for export tests whose numbers must be known in advance.
 */
public final class ExportFixture {

    private final JdbcClient jdbc;
    private final CourseFactService facts;
    public final UUID clinic = UUID.randomUUID();
    private final UUID patient = UUID.randomUUID();
    private final OffsetDateTime now = OffsetDateTime.now();

    public ExportFixture(JdbcClient jdbc, CourseFactService facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        UUID trust = jdbc.sql("select id from health_trust order by name limit 1").query(UUID.class).single();
        jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                .params(clinic, trust, "Eksportklinikk " + clinic).update();
        jdbc.sql("""
                insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
                values (?, ?, ?, 'E.X. 1970', ?, 0)""").params(patient, trust, patient.toString(), now).update();
    }

    public UUID unit(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, active, version)
                values (?, ?, ?, 'OUTPATIENT', true, 0)""").params(id, clinic, name).update();
        return id;
    }

    /** {@code contacted} of {@code courses} psychosis courses starting on {@code start} with a contact on day 0. */
    public void k1Courses(UUID unit, String start, int courses, int contacted) {
        for (int i = 0; i < courses; i++) {
            UUID course = UUID.randomUUID();
            jdbc.sql("""
                    insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code,
                        psychosis, legal_status, pathway, created_at, version)
                    values (?, ?, ?, ?, null, 'F20', true, 'VOLUNTARY', 'ORDINARY', ?, 0)""")
                    .params(course, patient, unit, LocalDate.parse(start), now).update();
            if (i < contacted) {
                jdbc.sql("""
                        insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at,
                            version)
                        values (?, ?, ?, 'PHONE', 'Test', ?, 0)""")
                        .params(UUID.randomUUID(), course, LocalDate.parse(start).atTime(10, 0).atOffset(
                                java.time.ZoneOffset.UTC), now).update();
            }
            facts.refresh(course);
        }
    }

    /** A new user with the test password, one role and membership of the given units. */
    public String user(String role, UUID... units) {
        UUID id = UUID.randomUUID();
        String username = "export-" + id;
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                select ?, ?, 'Export Test', password_hash, true, 0 from user_account where username = 'leder'""")
                .params(id, username).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
        for (UUID unit : units) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, unit).update();
        }
        return username;
    }
}
