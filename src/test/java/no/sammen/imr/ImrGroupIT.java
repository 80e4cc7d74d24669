package no.sammen.imr;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * IMR groups on the shared group model (ADR 0030): a session registered once with the attendance of all
 * its members, counted once at the unit and shown on each attending member's IMR; members only with an IMR
 * course; a session inside the course of everyone who came, and a course not moved away from the sessions
 * it attended; sessions changed and deleted at the version read; members of other units kept and not
 * named; a referral taken into a group; an individual session changed and deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImrGroupIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String CLINIC = "Kronstad poliklinikk";
    static final String WARD = "Kronstad sengepost";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Course(UUID id, String patientKey, String label) {
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
        return request.with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String call(String username, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        return mvc.perform(json(request, username, body)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
    }

    String read(String username, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(username, PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    Course course(String unitName, String nationalId, LocalDate start) throws Exception {
        String label = "G" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + " 1990";
        String body = call("behandler", post("/api/v1/courses"), """
                {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(nationalId, label, TestData.unitId(jdbc, unitName), start), 201);
        return new Course(UUID.fromString(JsonPath.read(body, "$.course.id")), JsonPath.read(body, "$.course.patientKey"),
                label);
    }

    /** A course of the unit started 30 days ago with IMR from 20 days ago. */
    Course member(String unitName) throws Exception {
        Course c = course(unitName, TestData.nationalId(), TODAY.minusDays(30));
        startImr(c, TODAY.minusDays(20));
        return c;
    }

    void startImr(Course c, LocalDate on) throws Exception {
        call("behandler", put("/api/v1/courses/" + c.id() + "/imr"), """
                {"format": "GROUP", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": [%s]}"""
                .formatted(on, userId("behandler"), modules(c)), 200);
    }

    /** The unit's compulsory first module (another test may have set one) and then PRACTICAL_FACTS. */
    String modules(Course c) throws Exception {
        UUID unit = jdbc.sql("select unit_id from treatment_course where id = ?").param(c.id()).query(UUID.class)
                .single();
        String first = JsonPath.read(read("leder", "/api/v1/imr/units/" + unit + "/settings"), "$.firstModuleId");
        return first == null || first.equals("PRACTICAL_FACTS") ? "\"PRACTICAL_FACTS\""
                : "\"" + first + "\", \"PRACTICAL_FACTS\"";
    }

    UUID group(String manager, String unitName) throws Exception {
        return UUID.fromString(JsonPath.read(call(manager, post("/api/v1/groups"), """
                {"unitId": "%s", "programme": "IMR", "kind": "GROUP", "name": "Tirsdagsgruppa %s",
                 "startsOn": "%s", "status": "RUNNING", "leaderIds": ["%s"]}"""
                .formatted(TestData.unitId(jdbc, unitName), UUID.randomUUID(), TODAY.minusDays(60),
                        userId("behandler")), 201), "$.id"));
    }

    void join(String username, UUID group, Course c) throws Exception {
        call(username, post("/api/v1/groups/" + group + "/members"), """
                {"courseId": "%s", "joinedOn": "%s"}""".formatted(c.id(), TODAY.minusDays(20)), 200);
    }

    static String session(LocalDate day, String module, List<Course> came, List<Course> homework) {
        return """
                {"heldOn": "%s", "shift": "EVENING", "moduleId": "%s", "part": 1, "leaderIds": ["%s"],
                 "patientCourseIds": [%s], "homeworkCourseIds": [%s]}""".formatted(day, module, "%s", ids(came),
                ids(homework));
    }

    String sessionBy(LocalDate day, String module, List<Course> came, List<Course> homework) {
        return session(day, module, came, homework).formatted(userId("behandler"));
    }

    static String ids(List<Course> courses) {
        return String.join(", ", courses.stream().map(c -> "\"" + c.id() + "\"").toList());
    }

    UUID registerSession(String username, UUID group, String body) throws Exception {
        return UUID.fromString(JsonPath.read(call(username, post("/api/v1/groups/" + group + "/sessions"), body, 201),
                "$.id"));
    }

    long version(String username, UUID group, UUID session) throws Exception {
        return ((Number) JsonPath.read(read(username, "/api/v1/groups/" + group + "/sessions/" + session),
                "$.version")).longValue();
    }

    int heldGroup(UUID unit) throws Exception {
        return JsonPath.read(read("leder", "/api/v1/imr/units/" + unit + "/goal"), "$.heldGroup");
    }

    int groupInMonths(UUID unit) throws Exception {
        List<Integer> counts = JsonPath.read(read("leder", "/api/v1/imr/units/" + unit + "/sessions-per-month?from="
                + YearMonth.from(TODAY.minusMonths(1)) + "&to=" + YearMonth.from(TODAY)), "$[*].group");
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    long audits(String patientKey, String action, String objectType) {
        return jdbc.sql("select count(*) from audit_entry where patient_key = ? and action = ? and object_type = ?")
                .params(patientKey, action, objectType).query(Long.class).single();
    }

    /** The unit's goal over a period around today, whatever another test left. */
    void goal(UUID unit) throws Exception {
        long version = ((Number) JsonPath.read(read("leder", "/api/v1/imr/units/" + unit + "/settings"), "$.version"))
                .longValue();
        call("leder", put("/api/v1/imr/units/" + unit + "/settings"), """
                {"version": %d, "goalFrom": "%s", "goalTo": "%s", "individualGoal": 150, "groupGoal": 50}"""
                .formatted(version, TODAY.minusMonths(6), TODAY.plusMonths(6)), 200);
    }

    @Test
    void aGroupSessionIsRegisteredOnceForAllItsMembersAndCountsOnceAtTheUnit() throws Exception {
        UUID unit = TestData.unitId(jdbc, CLINIC);
        goal(unit);
        Course a = member(CLINIC);
        Course b = member(CLINIC);
        Course absent = member(CLINIC);
        UUID group = group("leder", CLINIC);
        for (Course c : List.of(a, b, absent)) {
            join("leder", group, c);
        }
        int goalBefore = heldGroup(unit);
        int monthsBefore = groupInMonths(unit);

        UUID session = registerSession("behandler", group, sessionBy(TODAY.minusDays(1), "COPING_WITH_STRESS",
                List.of(a, b), List.of(a)));

        assertThat(jdbc.sql("select count(*) from programme_session where group_id = ?").param(group)
                .query(Long.class).single()).as("one row however many came").isEqualTo(1);
        assertThat(heldGroup(unit)).as("counts once towards the unit's group goal").isEqualTo(goalBefore + 1);
        assertThat(groupInMonths(unit)).as("and once in K6").isEqualTo(monthsBefore + 1);
        mvc.perform(get("/api/v1/courses/" + a.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.groupSessions", hasSize(1)))
                .andExpect(jsonPath("$.groupSessions[0].sessionId").value(session.toString()))
                .andExpect(jsonPath("$.groupSessions[0].moduleId").value("COPING_WITH_STRESS"))
                .andExpect(jsonPath("$.groupSessions[0].shift").value("EVENING"))
                .andExpect(jsonPath("$.groupSessions[0].homeworkChosen").value(true));
        mvc.perform(get("/api/v1/courses/" + b.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.groupSessions", hasSize(1)))
                .andExpect(jsonPath("$.groupSessions[0].homeworkChosen").value(false));
        mvc.perform(get("/api/v1/courses/" + absent.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.groupSessions", hasSize(0)));
        assertThat(audits(a.patientKey(), "CREATE", "programme_session")).isEqualTo(1);
        assertThat(audits(absent.patientKey(), "CREATE", "programme_session")).isZero();

        mvc.perform(get("/imr/board").param("unitId", unit.toString()).with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"imr-group-once\"")))
                .andExpect(content().string(not(containsString("imr-group-later"))))
                .andExpect(content().string(containsString("id=\"group-" + group + "\"")));
        mvc.perform(get("/courses/" + a.id() + "/imr").with(user("behandler")))
                .andExpect(content().string(containsString("id=\"group-session-" + session + "\"")));
    }

    @Test
    void membersHaveAnImrCourseAndASessionHasItsShiftModuleAndLeaders() throws Exception {
        UUID group = group("leder", CLINIC);
        Course without = course(CLINIC, TestData.nationalId(), TODAY.minusDays(30));
        mvc.perform(json(post("/api/v1/groups/" + group + "/members"), "leder", """
                {"courseId": "%s", "joinedOn": "%s"}""".formatted(without.id(), TODAY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("courseId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("IMR")));
        Course a = member(CLINIC);
        join("leder", group, a);
        mvc.perform(json(post("/api/v1/groups/" + group + "/sessions"), "behandler", """
                {"heldOn": "%s", "patientCourseIds": ["%s"]}""".formatted(TODAY, a.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("shift", "moduleId", "leaderIds")));
        mvc.perform(json(post("/api/v1/courses/" + a.id() + "/imr/sessions"), "behandler", """
                {"heldOn": "%s", "format": "GROUP", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "PRACTICAL_FACTS",
                 "homeworkChosen": false, "attended": true}""".formatted(TODAY, userId("behandler"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        assertThat(jdbc.sql("select count(*) from programme_session where group_id = ?").param(group)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSessionLiesInsideTheCourseOfEveryoneWhoCameAndACourseIsNotMovedAwayFromIt() throws Exception {
        UUID group = group("leder", CLINIC);
        Course early = member(CLINIC);
        Course late = course(CLINIC, TestData.nationalId(), TODAY.minusDays(10));
        startImr(late, TODAY.minusDays(10));
        join("leder", group, early);
        call("leder", post("/api/v1/groups/" + group + "/members"), """
                {"courseId": "%s", "joinedOn": "%s"}""".formatted(late.id(), TODAY), 200);

        mvc.perform(json(post("/api/v1/groups/" + group + "/sessions"), "behandler",
                        sessionBy(TODAY.minusDays(15), "PRACTICAL_FACTS", List.of(early, late), List.of())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(late.label())))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString(early.label()))))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Datoen må ligge i forløpet")));

        registerSession("behandler", group, sessionBy(TODAY.minusDays(3), "PRACTICAL_FACTS", List.of(early),
                List.of()));
        String course = read("behandler", "/api/v1/courses/" + early.id());
        long version = ((Number) JsonPath.read(course, "$.version")).longValue();
        mvc.perform(json(post("/api/v1/courses/" + early.id() + "/end"), "behandler", """
                {"version": %d, "endDate": "%s", "endReason": "DISCHARGED"}""".formatted(version, TODAY.minusDays(4))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("gruppesamling")));
    }

    @Test
    void aSessionIsChangedAndDeletedAtTheVersionRead() throws Exception {
        UUID group = group("leder", CLINIC);
        Course a = member(CLINIC);
        Course b = member(CLINIC);
        join("leder", group, a);
        join("leder", group, b);
        UUID session = registerSession("behandler", group, sessionBy(TODAY.minusDays(2), "PRACTICAL_FACTS",
                List.of(a, b), List.of()));
        long version = version("behandler", group, session);
        String changed = sessionBy(TODAY.minusDays(1), "SOCIAL_SUPPORT", List.of(a), List.of(a));
        String withVersion = "{\"version\": %d, " + changed.substring(1);

        mvc.perform(json(put("/api/v1/groups/" + group + "/sessions/" + session), "behandler",
                withVersion.formatted(version + 5))).andExpect(status().isConflict());
        call("behandler", put("/api/v1/groups/" + group + "/sessions/" + session), withVersion.formatted(version), 200);
        mvc.perform(get("/api/v1/courses/" + b.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.groupSessions", hasSize(0)));
        mvc.perform(get("/api/v1/courses/" + a.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.groupSessions[0].moduleId").value("SOCIAL_SUPPORT"))
                .andExpect(jsonPath("$.groupSessions[0].heldOn").value(TODAY.minusDays(1).toString()));
        assertThat(audits(b.patientKey(), "UPDATE", "programme_session")).as("the one no longer there").isEqualTo(1);

        mvc.perform(delete("/api/v1/groups/" + group + "/sessions/" + session).param("version", String.valueOf(version))
                .with(httpBasic("behandler", PASSWORD))).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/groups/" + group + "/sessions/" + session).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete("/api/v1/groups/" + group + "/sessions/" + session)
                .param("version", String.valueOf(version + 1)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/courses/" + a.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.groupSessions", hasSize(0)));
        assertThat(audits(a.patientKey(), "DELETE", "programme_session")).isEqualTo(1);
        mvc.perform(get("/api/v1/groups/" + group + "/sessions/" + session).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void membersOfOtherUnitsAreCountedNotNamedAndTheirAttendanceIsKept() throws Exception {
        UUID group = group("koordinator", WARD);
        Course own = member(WARD);
        Course other = member(CLINIC);
        join("koordinator", group, own);
        join("leder", group, other);
        UUID session = registerSession("leder", group, sessionBy(TODAY.minusDays(2), "PRACTICAL_FACTS",
                List.of(own, other), List.of()));

        mvc.perform(get("/api/v1/groups/" + group + "/sessions").with(httpBasic("koordinator", PASSWORD)))
                .andExpect(jsonPath("$[0].patientCourseIds", containsInAnyOrder(own.id().toString())));
        mvc.perform(get("/groups/" + group).with(user("koordinator")))
                .andExpect(content().string(containsString(own.label())))
                .andExpect(content().string(not(containsString(other.label()))));
        long version = version("koordinator", group, session);
        mvc.perform(delete("/api/v1/groups/" + group + "/sessions/" + session).param("version", String.valueOf(version))
                .with(httpBasic("koordinator", PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        String moved = "{\"version\": " + version + ", " + sessionBy(TODAY.minusDays(1), "PRACTICAL_FACTS",
                List.of(own), List.of()).substring(1);
        mvc.perform(json(put("/api/v1/groups/" + group + "/sessions/" + session), "koordinator", moved))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        String sameDay = "{\"version\": " + version + ", " + sessionBy(TODAY.minusDays(2), "SOCIAL_SUPPORT",
                List.of(own), List.of()).substring(1);
        call("koordinator", put("/api/v1/groups/" + group + "/sessions/" + session), sameDay, 200);
        mvc.perform(get("/api/v1/groups/" + group + "/sessions/" + session).with(httpBasic("leder", PASSWORD)))
                .andExpect(jsonPath("$.patientCourseIds", containsInAnyOrder(own.id().toString(),
                        other.id().toString())))
                .andExpect(jsonPath("$.moduleId").value("SOCIAL_SUPPORT"));
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReferralIsTakenIntoAGroupOfTheReceivingUnitCarryingTheModulesDoneAndTheGoals() throws Exception {
        String nationalId = TestData.nationalId();
        Course sending = course(WARD, nationalId, TODAY.minusDays(30));
        call("behandler", put("/api/v1/courses/" + sending.id() + "/imr"), """
                {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": ["RECOVERY_STRATEGIES",
                 "PRACTICAL_FACTS"]}""".formatted(TODAY.minusDays(20), userId("behandler")), 200);
        call("behandler", post("/api/v1/courses/" + sending.id() + "/imr/sessions"), """
                {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "RECOVERY_STRATEGIES",
                 "homeworkChosen": true, "attended": true}""".formatted(TODAY.minusDays(10), userId("behandler")), 201);
        call("behandler", post("/api/v1/courses/" + sending.id() + "/imr/goals"), """
                {"setOn": "%s", "goal": "Å bo for meg selv"}""".formatted(TODAY.minusDays(10)), 201);
        UUID referral = UUID.fromString(JsonPath.read(call("behandler",
                post("/api/v1/courses/" + sending.id() + "/imr/referrals"), """
                {"toUnitId": "%s", "referredOn": "%s"}""".formatted(TestData.unitId(jdbc, CLINIC), TODAY.minusDays(2)),
                201), "$.id"));
        Course receiving = course(CLINIC, nationalId, TODAY.minusDays(2));
        Course stranger = course(CLINIC, TestData.nationalId(), TODAY.minusDays(2));
        UUID group = group("leder", CLINIC);

        mvc.perform(json(post("/api/v1/imr/referrals/" + referral + "/take-in"), "behandler", """
                {"groupId": "%s", "courseId": "%s", "joinedOn": "%s"}""".formatted(group, stranger.id(), TODAY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("courseId"));
        mvc.perform(json(post("/api/v1/imr/referrals/" + referral + "/take-in"), "behandler2", """
                {"groupId": "%s", "courseId": "%s", "joinedOn": "%s"}""".formatted(group, receiving.id(), TODAY)))
                .andExpect(status().isNotFound());
        call("behandler", post("/api/v1/imr/referrals/" + referral + "/take-in"), """
                {"groupId": "%s", "courseId": "%s", "joinedOn": "%s"}""".formatted(group, receiving.id(), TODAY), 200);

        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("leder", PASSWORD)))
                .andExpect(jsonPath("$.members[*].courseId", containsInAnyOrder(receiving.id().toString())));
        mvc.perform(get("/api/v1/courses/" + receiving.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.imrCourse.format").value("GROUP"))
                .andExpect(jsonPath("$.imrCourse.startDate").value(TODAY.toString()))
                .andExpect(jsonPath("$.received[0].modulesDone", containsInAnyOrder("RECOVERY_STRATEGIES")))
                .andExpect(jsonPath("$.received[0].goals[0].goal").value("Å bo for meg selv"))
                .andExpect(jsonPath("$.received[0].takenInGroupId").value(group.toString()));
        mvc.perform(json(post("/api/v1/imr/referrals/" + referral + "/take-in"), "behandler", """
                {"groupId": "%s", "courseId": "%s", "joinedOn": "%s"}""".formatted(group, receiving.id(), TODAY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("groupId"));
        assertThat(audits(sending.patientKey(), "UPDATE", "imr_referral")).isEqualTo(1);
    }

    @Test
    void anIndividualSessionIsChangedAndDeletedAtTheVersionRead() throws Exception {
        Course c = course(CLINIC, TestData.nationalId(), TODAY.minusDays(30));
        call("behandler", put("/api/v1/courses/" + c.id() + "/imr"), """
                {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": ["PRACTICAL_FACTS"]}"""
                .formatted(TODAY.minusDays(20), userId("behandler")), 200);
        String body = """
                {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "PRACTICAL_FACTS",
                 "homeworkChosen": true, "attended": true}""".formatted(TODAY.minusDays(3), userId("behandler"));
        UUID session = UUID.fromString(JsonPath.read(call("behandler",
                post("/api/v1/courses/" + c.id() + "/imr/sessions"), body, 201), "$.id"));
        String path = "/api/v1/courses/" + c.id() + "/imr/sessions/" + session;
        long version = ((Number) JsonPath.read(read("behandler", path), "$.version")).longValue();
        String changed = """
                {"version": %d, "heldOn": "%s", "shift": "EVENING", "therapistIds": ["%s"],
                 "moduleId": "SOCIAL_SUPPORT", "part": 2, "homeworkChosen": false, "attended": true}""";

        mvc.perform(json(put(path), "behandler", changed.formatted(version + 3, TODAY, userId("behandler"))))
                .andExpect(status().isConflict());
        mvc.perform(json(put(path), "behandler", changed.formatted(version, TODAY.plusDays(1), userId("behandler"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        call("behandler", put(path), changed.formatted(version, TODAY, userId("behandler")), 200);
        mvc.perform(get(path).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.moduleId").value("SOCIAL_SUPPORT")).andExpect(jsonPath("$.shift").value("EVENING"))
                .andExpect(jsonPath("$.heldOn").value(TODAY.toString()));
        mvc.perform(json(put(path), "behandler2", changed.formatted(version + 1, TODAY, userId("behandler"))))
                .andExpect(status().isNotFound());
        mvc.perform(delete(path).param("version", String.valueOf(version)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(delete(path).param("version", String.valueOf(version + 1)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get(path).with(httpBasic("behandler", PASSWORD))).andExpect(status().isNotFound());
        assertThat(audits(c.patientKey(), "UPDATE", "imr_session")).isEqualTo(1);
        assertThat(audits(c.patientKey(), "DELETE", "imr_session")).isEqualTo(1);
    }
}
