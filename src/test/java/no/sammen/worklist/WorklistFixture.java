package no.sammen.worklist;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.testsupport.TestData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit of its own with a clinician of its own, and active courses written straight into the tables
 * with their facts refreshed: the worklist tests see no other test's courses.
 */
public final class WorklistFixture {

    public final UUID unit;
    public final UUID clinician;
    public final String username;
    public final String unitName;
    private final String passwordHash;
    private final UUID trust;
    private final JdbcClient jdbc;
    private final CourseFactService facts;

    WorklistFixture(JdbcClient jdbc, CourseFactService facts) {
        this(jdbc, facts, "x");
    }

    /** With a password hash, for a clinician who logs in through the login form. */
    public WorklistFixture(JdbcClient jdbc, CourseFactService facts, String passwordHash) {
        this.jdbc = jdbc;
        this.passwordHash = passwordHash;
        this.facts = facts;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID clinic = jdbc.sql("select clinic_id from org_unit where id = ?").param(kronstad).query(UUID.class).single();
        trust = jdbc.sql("select trust_id from clinic where id = ?").param(clinic).query(UUID.class).single();
        unit = UUID.randomUUID();
        unitName = "Arbeidslisteenhet " + suffix;
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, phone, active, version)
                values (?, ?, ?, 'INPATIENT', '55 00 00 00', true, 0)""").params(unit, clinic, unitName).update();
        username = "wl-" + suffix;
        clinician = user(username, "Wenche Lie " + suffix);
    }

    /** A clinician of the fixture's unit. */
    UUID user(String name, String displayName) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                values (?, ?, ?, ?, true, 0)""").params(id, name, displayName, passwordHash).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'CLINICIAN')").param(id).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, unit).update();
        return id;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    /** An active course started on this day, nothing registered. */
    public UUID course(LocalDate start) {
        return course(start, null);
    }

    UUID course(LocalDate start, UUID responsible) {
        UUID patient = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
                values (?, ?, ?, 'W.L.', ?, 0)""")
                .params(patient, trust, UUID.randomUUID().toString().replace("-", ""), now).update();
        UUID course = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code, psychosis,
                    legal_status, pathway, created_at, version, display_label, responsible_user_id)
                values (?, ?, ?, ?, null, 'F20', true, 'VOLUNTARY', 'ORDINARY', ?, 0, ?, ?)""")
                .params(course, patient, unit, start, now, "W.L. " + course.toString().substring(0, 6), responsible)
                .update();
        facts.refresh(course);
        return course;
    }

    /**
     * Marks an item of a course done on a day, in its facts only: the worklist reads nothing else, and
     * a test of its grouping needs no registration form.
     */
    public void done(UUID course, WorkItemType type, LocalDate on) {
        if (type.doneFact() == null) {
            return; // an item due on a day of its own is open while its day is set; nothing marks it done
        }
        jdbc.sql("update course_fact set " + type.doneFact() + " = ? where course_id = ?").params(on, course).update();
    }
}
