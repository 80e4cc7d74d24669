package no.sammen.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic of its own under the test organisation's trust, and rows written straight into the
 * tables, so that every numerator and denominator is known in advance; each course's facts are then
 * computed from them, as a registration through the modules would. Names and ids are unique, so
 * that tests can run against a shared database.
 */
public final class IndicatorFixture {

    private final JdbcClient jdbc;
    private final CourseFactService facts;
    public final UUID clinic = UUID.randomUUID();
    public final String clinicName = "Indikatorklinikk " + clinic;
    public final UUID trust;
    /** The patient of courses made without one. */
    public final UUID patient;
    private final OffsetDateTime now = OffsetDateTime.now();

    public IndicatorFixture(JdbcClient jdbc, CourseFactService facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        trust = jdbc.sql("select id from health_trust order by name limit 1").query(UUID.class).single();
        jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                .params(clinic, trust, clinicName).update();
        patient = patient("I.T. 1970");
    }

    /** A patient of the trust with the given display label. */
    public UUID patient(String label) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
                values (?, ?, ?, ?, ?, 0)""").params(id, trust, id.toString().replace("-", ""), label, now).update();
        return id;
    }

    /** The pseudonym {@link #patient(String)} gave the patient. */
    public static String pseudonym(UUID patient) {
        return patient.toString().replace("-", "");
    }

    public UUID unit(String type) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, active, version)
                values (?, ?, ?, ?, true, 0)""").params(id, clinic, type + " " + id, type).update();
        return id;
    }

    public UUID course(UUID unit, boolean psychosis, String start, String end) {
        return course(patient, unit, psychosis, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    public UUID course(UUID patient, UUID unit, boolean psychosis, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code,
                    psychosis, legal_status, pathway, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'VOLUNTARY', 'ORDINARY', ?, 0)""")
                .params(id, patient, unit, start, end, psychosis ? "F20" : "F32", psychosis, now)
                .update();
        facts.refresh(id);
        return id;
    }

    /** Marks «no relatives or network» on the course's start day, inside every window. */
    public void noNetwork(UUID course) {
        noNetwork(course, jdbc.sql("select start_date from treatment_course where id = ?").param(course)
                .query(LocalDate.class).single());
    }

    /** Marks «no relatives or network» as registered on {@code markedOn} (ADR 0021). */
    public void noNetwork(UUID course, LocalDate markedOn) {
        jdbc.sql("""
                insert into family_course (course_id, no_network, no_network_on, updated_at, version)
                values (?, true, ?, ?, 0)""").params(course, markedOn, now).update();
        facts.refresh(course);
    }

    /** A letter to relatives at {@code instant}, perhaps handed to the patient to pass on. */
    public void letter(UUID course, String instant) {
        jdbc.sql("""
                insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at, version)
                values (?, ?, ?, 'LETTER', 'Test', ?, 0)""")
                .params(UUID.randomUUID(), course, OffsetDateTime.parse(instant), now).update();
        facts.refresh(course);
    }

    /**
     * Records how an ended course ended, the end registered on {@code endRecordedOn} and the reason on
     * {@code reasonRecordedOn}.
     */
    public void endReason(UUID course, String reason, LocalDate endRecordedOn, LocalDate reasonRecordedOn) {
        jdbc.sql("""
                update treatment_course set end_reason = ?, end_recorded_on = ?, end_reason_recorded_on = ?
                where id = ?""").params(reason, endRecordedOn, reasonRecordedOn, course).update();
        facts.refresh(course);
    }

    public void contact(UUID course, String instant) {
        jdbc.sql("""
                insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at, version)
                values (?, ?, ?, 'PHONE', 'Test', ?, 0)""")
                .params(UUID.randomUUID(), course, OffsetDateTime.parse(instant), now).update();
        facts.refresh(course);
    }

    public void conversation(UUID course, String kind, String heldOn) {
        jdbc.sql("""
                insert into basic_conversation (id, course_id, kind, held_on, staff, created_at, updated_at, version)
                values (?, ?, ?, ?, 'Test', ?, ?, 0)""")
                .params(UUID.randomUUID(), course, kind, LocalDate.parse(heldOn), now, now).update();
        facts.refresh(course);
    }

    public void crisisPlan(UUID course, String warningSigns, String madeOn) {
        LocalDate made = LocalDate.parse(madeOn);
        jdbc.sql("""
                insert into crisis_plan (id, course_id, warning_signs, made_on, revise_on, created_at, updated_at,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), course, warningSigns, made, made.plusMonths(6), now, now).update();
        facts.refresh(course);
    }

    public UUID member(UUID course, String relation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, closest_relative, created_at, version)
                values (?, ?, ?, 'Test', false, ?, 0)""").params(id, course, relation, now).update();
        return id;
    }

    public UUID meeting(UUID course, boolean invited, String notInvitedReason, String status, String place,
            String notHeldReason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_meeting (id, course_id, invited, not_invited_reason, status, place,
                    not_held_reason, created_at, changed_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, course, invited, notInvitedReason, status, place, notHeldReason, now, now).update();
        facts.refresh(course);
        return id;
    }

    public void invite(UUID meeting, UUID member) {
        jdbc.sql("insert into network_meeting_invitee (meeting_id, member_id) values (?, ?)")
                .params(meeting, member).update();
    }

    /**
     * A unit's registrations over the {@code months} months up to {@code today}: six courses starting
     * each month, five with psychosis; those older than two months ended after 30 days. About half
     * meet each indicator, so that every chart of a report has points, limits and levels.
     */
    public void history(UUID unit, LocalDate today, int months) {
        for (int m = 0; m < months; m++) {
            LocalDate month = today.minusMonths(m).withDayOfMonth(1);
            for (int i = 0; i < 6; i++) {
                LocalDate start = month.plusDays(3L * i);
                if (start.isAfter(today)) {
                    break;
                }
                LocalDate end = m > 2 ? start.plusDays(30) : null;
                UUID course = course(patient, unit, i != 5, start, end);
                if ((i + m) % 2 == 0) {
                    contact(course, start.plusDays(1) + "T10:00:00Z");
                }
                if ((i + m) % 3 != 0) {
                    for (String kind : new String[] {"PATIENT", "RELATIVES", "BOTH"}) {
                        conversation(course, kind, start.plusDays(10).toString());
                    }
                }
                if (end != null && (i + m) % 3 != 1) {
                    crisisPlan(course, "Sover dårlig", start.plusDays(5).toString());
                }
                if (end == null && i != 5 && (i + m) % 2 == 0) {
                    // The recommendation-level indicators: recent courses offered CBT, family
                    // psychoeducation and IPS on the guideline checklist (ADR 0024).
                    for (String recommendation : new String[] {"CBT_PSYCHOSIS", "SINGLE_FAMILY_PSYCHOEDUCATION", "IPS"}) {
                        checklist(course, unit, recommendation, "OFFERED", start.plusDays(2));
                    }
                }
                if (end != null) {
                    boolean invited = (i + m) % 2 == 1;
                    meeting(course, invited, invited ? null : "PATIENT_DECLINED", invited && i % 4 == 1 ? "HELD"
                            : "PLANNED", invited ? "PATIENT_HOME" : null, null);
                }
            }
        }
    }

    /**
     * PEF over the {@code months} months up to {@code today}, for K5 (ADR 0026): two psychosis courses a month
     * that ended after 100 days, one offered PEF and, every other month, that one started in a group.
     */
    public void pefHistory(UUID unit, LocalDate today, int months) {
        UUID group = UUID.randomUUID();
        jdbc.sql("""
                insert into programme_group (id, unit_id, programme, kind, name, starts_on, phase, status, created_at,
                    changed_at, version)
                values (?, ?, 'PEF', 'MULTI_FAMILY', 'Fixture', ?, 'JOINING', 'RUNNING', ?, ?, 0)""")
                .params(group, unit, today.minusMonths(months + 6L), now, now).update();
        for (int m = 4; m < months; m++) {
            LocalDate start = today.minusMonths(m).withDayOfMonth(1).minusDays(100);
            for (int i = 0; i < 2; i++) {
                UUID course = course(patient, unit, true, start.plusDays(i), start.plusDays(100L + i));
                if (i == 0) {
                    jdbc.sql("""
                            insert into pef_recruitment (id, course_id, state, state_on, by_name, recorded_at, version)
                            values (?, ?, 'OFFERED', ?, 'Test', ?, 0)""")
                            .params(UUID.randomUUID(), course, start.plusDays(20), now).update();
                    if (m % 2 == 0) {
                        UUID session = UUID.randomUUID();
                        jdbc.sql("""
                                insert into programme_session (id, group_id, held_on, phase, created_at, changed_at,
                                    version)
                                values (?, ?, ?, 'JOINING', ?, ?, 0)""")
                                .params(session, group, start.plusDays(40), now, now).update();
                        jdbc.sql("insert into programme_session_patient (session_id, course_id) values (?, ?)")
                                .params(session, course).update();
                    }
                }
                facts.refresh(course);
            }
        }
    }

    /** A registration on the course's guideline checklist, the first of its recommendation. */
    public void checklist(UUID course, UUID unit, String recommendation, String state, LocalDate on) {
        jdbc.sql("""
                insert into guideline_checklist_entry (id, course_id, unit_id, recommendation_id, catalog_version,
                    sequence, state, state_on, recorded_at, version)
                values (?, ?, ?, ?, 1, 1, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), course, unit, recommendation, state, on, now).update();
        facts.refresh(course);
    }

    /** A new user with the test password, one role and membership of the given units. */
    public String user(String role, UUID... units) {
        UUID id = UUID.randomUUID();
        String username = "indicator-" + id;
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                select ?, ?, 'Indicator Test', password_hash, true, 0 from user_account where username = 'leder'""")
                .params(id, username).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
        for (UUID unit : units) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, unit).update();
        }
        return username;
    }
}
