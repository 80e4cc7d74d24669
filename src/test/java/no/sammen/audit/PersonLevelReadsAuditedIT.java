package no.sammen.audit;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API read of one course's person-level data writes an audit entry with the
 * course's patient key. The addresses are not listed by hand: they are every GET mapping that
 * Spring knows under a course or a patient, so a module added later is walked too, and one whose
 * address needs an id this test cannot fill in fails here until it is given one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonLevelReadsAuditedIT {

    /** Addresses of one course or patient: these show person-level data. */
    private static final Pattern PERSON_LEVEL = Pattern.compile(
            "^(/api/v1)?/((courses|patients|groups|journal-audits/rounds)/\\{[^}]+}.*|units/\\{[^}]+}/pef/board"
            + "|pef/units/\\{[^}]+}|imr/referrals/\\{[^}]+}.*)$");

    /** Course addresses that show nothing of the person: a form for something new, a fixed text, a group's own details. */
    private static final Set<String> NOT_PERSON_LEVEL = Set.of("/groups/{groupId}/edit");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyReadOfACourseIsAudited() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String created = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "A.U. 1966", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), unit, LocalDate.now().minusDays(10))))
                .andReturn().getResponse().getContentAsString();
        UUID course = UUID.fromString(JsonPath.read(created, "$.course.id"));
        String patientKey = JsonPath.read(created, "$.course.patientKey");
        Map<String, String> ids = fixture(course);

        Set<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            info.getPatternValues().stream().filter(p -> PERSON_LEVEL.matcher(p).matches()).forEach(patterns::add);
        }
        assertThat(patterns).as("the walk finds the course addresses").hasSizeGreaterThan(20);

        List<String> unaudited = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String pattern : patterns) {
            if (NOT_PERSON_LEVEL.contains(pattern)) {
                continue;
            }
            String path = fill(pattern, ids);
            long before = entries(patientKey);
            MvcResult result = pattern.startsWith("/api/")
                    ? mvc.perform(get(path).with(httpBasic("behandler", PASSWORD))).andReturn()
                    : mvc.perform(get(path).with(user("behandler"))).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 300 && status < 400) {
                continue; // shows nothing: a full-page GET of a form part goes to the page that holds it
            }
            if (status != 200) {
                failed.add(pattern + " " + status);
            } else if (entries(patientKey) == before) {
                unaudited.add(pattern);
            }
        }
        assertThat(failed).as("addresses that did not show the fixture course").isEmpty();
        assertThat(unaudited).as("addresses that show a course's data without an audit entry").isEmpty();
    }

    private long entries(String patientKey) {
        return jdbc.sql("select count(*) from audit_entry where patient_key = ?").param(patientKey)
                .query(Long.class).single();
    }

    /**
     * The course with one of everything an address may name: a member and their consent, a
     * conversation, a meeting, a crisis plan, an eligibility assessment for the medication-free pathway, a
     * shared decision with its first revision.
     */
    private Map<String, String> fixture(UUID course) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID member = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari', null, true, ?, 0)""").params(member, course, now).update();
        UUID conversation = UUID.randomUUID();
        jdbc.sql("""
                insert into basic_conversation (id, course_id, kind, held_on, staff, note, follow_up_on, created_at,
                    updated_at, version)
                values (?, ?, 'PATIENT', ?, 'Ola', null, null, ?, ?, 0)""")
                .params(conversation, course, LocalDate.now().minusDays(5), now, now).update();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("""
                insert into network_meeting (id, course_id, invited, invited_on, status, planned_on, created_at,
                    changed_at, version)
                values (?, ?, true, ?, 'PLANNED', ?, ?, ?, 0)""")
                .params(meeting, course, LocalDate.now().minusDays(4), LocalDate.now().plusDays(3), now, now).update();
        jdbc.sql("insert into network_meeting_invitee (meeting_id, member_id) values (?, ?)").params(meeting, member)
                .update();
        jdbc.sql("""
                insert into crisis_plan (id, course_id, warning_signs, made_on, revise_on, created_at, updated_at,
                    version)
                values (?, ?, 'Uro', ?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), course, LocalDate.now().minusDays(3), LocalDate.now().plusDays(60), now, now)
                .update();
        UUID decision = UUID.randomUUID();
        jdbc.sql("""
                insert into shared_decision (id, course_id, decided_on, question, what_matters, decision_aid_used,
                    decision, revisit_on, created_at, changed_at, version)
                values (?, ?, ?, 'TREATMENT', 'Jobb', false, 'Terapi', null, ?, ?, 0)""")
                .params(decision, course, LocalDate.now().minusDays(2), now, now).update();
        jdbc.sql("""
                insert into shared_decision_revision (decision_id, revision, course_id, recorded_at, recorded_by,
                    decided_on, question, option_ids, free_options, what_matters, decision_aid_used, participant_ids,
                    decision)
                values (?, 1, ?, ?, 'Test', ?, 'TREATMENT', 'IPS', '', 'Jobb', false, '', 'Terapi')""")
                .params(decision, course, now, LocalDate.now().minusDays(2)).update();
        UUID consent = UUID.randomUUID();
        jdbc.sql("""
                insert into member_consent (id, course_id, member_id, status, scope, given_on, created_at, version)
                values (?, ?, ?, 'GIVEN', null, ?, ?, 0)""")
                .params(consent, course, member, LocalDate.now().minusDays(6), now).update();
        UUID assessment = UUID.randomUUID();
        jdbc.sql("""
                insert into medication_free_assessment (id, course_id, assessed_on, clinician_id, clinician_name,
                    psychosis, diagnosis_code, voluntary, wants_non_medication, professionally_sound,
                    capacity_to_consent, no_risk, eligible, note, created_at, version)
                values (?, ?, ?, (select id from user_account where username = 'behandler'), 'Ingrid Haugland',
                    true, 'F20', true, true, false, true, true, false, null, ?, 0)""")
                .params(assessment, course, LocalDate.now().minusDays(2), now).update();
        UUID imrCourse = UUID.randomUUID();
        jdbc.sql("""
                insert into imr_course (id, course_id, format, start_date, created_at, changed_at, version)
                values (?, ?, 'INDIVIDUAL', ?, ?, ?, 0)""").params(imrCourse, course, LocalDate.now().minusDays(5), now, now)
                .update();
        jdbc.sql("insert into imr_course_module (imr_course_id, position, module_id) values (?, 0, 'RECOVERY_STRATEGIES')")
                .params(imrCourse).update();
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                insert into imr_goal (id, course_id, set_on, goal, steps, created_at, changed_at, version)
                values (?, ?, ?, 'Sove bedre', null, ?, ?, 0)""").params(goal, course, LocalDate.now().minusDays(4), now, now)
                .update();
        jdbc.sql("""
                insert into imr_goal_revision (goal_id, position, recorded_at, recorded_by, set_on, goal, steps)
                values (?, 0, ?, 'Test', ?, 'Sove bedre', null)""").params(goal, now, LocalDate.now().minusDays(4)).update();
        UUID imrSession = UUID.randomUUID();
        jdbc.sql("""
                insert into imr_session (id, course_id, unit_id, held_on, format, shift, module_id, module_part,
                    homework_chosen, attended, created_at, version)
                values (?, ?, (select unit_id from treatment_course where id = ?), ?, 'INDIVIDUAL', 'DAY',
                    'RECOVERY_STRATEGIES', 1, true, true, ?, 0)""")
                .params(imrSession, course, course, LocalDate.now().minusDays(3), now).update();
        // a PEF group of the course's unit, ended, with the course, its mother and a session they came to; the
        // course accepted PEF and is in no open group, so the board shows it as waiting
        UUID unit = jdbc.sql("select unit_id from treatment_course where id = ?").param(course).query(UUID.class)
                .single();
        UUID group = UUID.randomUUID();
        jdbc.sql("""
                insert into programme_group (id, unit_id, programme, kind, name, starts_on, phase, status, created_at,
                    changed_at, version)
                values (?, ?, 'PEF', 'MULTI_FAMILY', 'Revisjonsgruppe', ?, 'JOINING', 'ENDED', ?, ?, 0)""")
                .params(group, unit, LocalDate.now().minusDays(9), now, now).update();
        jdbc.sql("""
                insert into programme_group_leader (group_id, user_id)
                values (?, (select id from user_account where username = 'behandler'))""").param(group).update();
        jdbc.sql("insert into programme_group_member (group_id, course_id, joined_on) values (?, ?, ?)")
                .params(group, course, LocalDate.now().minusDays(9)).update();
        jdbc.sql("insert into programme_group_relative (group_id, course_id, network_member_id) values (?, ?, ?)")
                .params(group, course, member).update();
        UUID session = UUID.randomUUID();
        jdbc.sql("""
                insert into programme_session (id, group_id, held_on, phase, created_at, changed_at, version)
                values (?, ?, ?, 'JOINING', ?, ?, 0)""").params(session, group, LocalDate.now().minusDays(1), now, now)
                .update();
        jdbc.sql("insert into programme_session_patient (session_id, course_id) values (?, ?)").params(session, course)
                .update();
        jdbc.sql("""
                insert into pef_recruitment (id, course_id, state, state_on, by_name, recorded_at, version)
                values (?, ?, 'ACCEPTED', ?, 'Test', ?, 0)""").params(UUID.randomUUID(), course, LocalDate.now(), now)
                .update();
        // a referral of the course to the clinic, as the clinic receives it, to take into one of its groups
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                insert into imr_referral (id, course_id, from_unit_id, to_unit_id, referred_on, patient_key, patient_label,
                    modules_done, created_at, version)
                select ?, c.id, c.unit_id, (select id from org_unit where name = 'Kronstad poliklinikk'), ?,
                    p.pseudonym, c.display_label, 'RECOVERY_STRATEGIES', ?, 0
                from treatment_course c join patient p on p.id = c.patient_id where c.id = ?""")
                .params(referral, LocalDate.now().minusDays(1), now, course).update();
        // a journal audit round of the course's unit with the course as its one sampled record
        UUID round = UUID.randomUUID();
        jdbc.sql("""
                insert into journal_audit_round (id, unit_id, period_kind, period_start, population, checklist_version,
                    sample_size, population_size, seed, opened_by, opened_by_name, opened_at)
                values (?, ?, 'MONTH', ?, 'STARTED_PSYCHOSIS', 1, 1, 1, 7, null, 'Test', ?)""")
                .params(round, unit, LocalDate.of(1999, 1, 1).plusMonths(Math.floorMod(round.hashCode(), 240)), now).update();
        jdbc.sql("insert into journal_audit_population (round_id, course_id) values (?, ?)").params(round, course).update();
        jdbc.sql("""
                insert into journal_audit_record (id, round_id, position, course_id, completed, version)
                values (?, ?, 1, ?, false, 0)""").params(UUID.randomUUID(), round, course).update();
        return Map.ofEntries(Map.entry("groupId", group.toString()), Map.entry("referralId", referral.toString()),
                Map.entry("roundId", round.toString()), Map.entry("sessionId", session.toString()),
                Map.entry("imrSessionId", imrSession.toString()), Map.entry("goalId", goal.toString()),
                Map.entry("unitId", unit.toString()), Map.entry("id", course.toString()),
                Map.entry("consentId", consent.toString()), Map.entry("courseId", course.toString()),
                Map.entry("memberId", member.toString()), Map.entry("conversationId", conversation.toString()),
                Map.entry("meetingId", meeting.toString()), Map.entry("assessmentId", assessment.toString()),
                Map.entry("recommendationId", "CBT_PSYCHOSIS"), Map.entry("decisionId", decision.toString()));
    }

    private static String fill(String pattern, Map<String, String> ids) {
        Matcher variable = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            // IMR's sessions and PEF's group sessions are both {sessionId}; the fixture has one of each.
            String name = variable.group(1).equals("sessionId") && pattern.contains("/imr/") ? "imrSessionId"
                    : variable.group(1);
            String value = ids.get(name);
            assertThat(value).as("an id for {%s} in %s: add it to the fixture", variable.group(1), pattern)
                    .isNotNull();
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }
}
