package no.sammen.imr;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * IMR through the API: an IMR course with its modules in order, goals with their history, sessions
 * with the phrase, bad input named per field with nothing stored, the unit's compulsory first module,
 * access by unit, the audit log, the unit goal and the monthly counts (K6), and a referral that the
 * receiving unit sees on its board.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImrApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Course(UUID id, String patientKey, UUID unitId) {
    }

    Course course(String unitName) throws Exception {
        UUID unit = TestData.unitId(jdbc, unitName);
        String body = mvc.perform(json(post("/api/v1/courses"), "behandler", """
                        {"nationalId": "%s", "displayLabel": "I.M. 1995", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                        .formatted(TestData.nationalId(), unit, TODAY.minusDays(30))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Course(UUID.fromString(JsonPath.read(body, "$.course.id")), JsonPath.read(body, "$.course.patientKey"),
                unit);
    }

    UUID user(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
        return request.with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String startImr(Course c, String modules) throws Exception {
        return mvc.perform(json(put("/api/v1/courses/" + c.id() + "/imr"), "behandler", """
                        {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": [%s]}"""
                        .formatted(TODAY.minusDays(20), user("behandler"), modules)))
                .andReturn().getResponse().getContentAsString();
    }

    String session(Course c, boolean attended) {
        return """
                {"heldOn": "%s", "shift": "EVENING", "therapistIds": ["%s"], "moduleId": "STRESS_VULNERABILITY",
                 "part": 2, "homeworkChosen": true, "attended": %s}""".formatted(TODAY, user("behandler"), attended);
    }

    long audit(String patientKey, String objectType) {
        return jdbc.sql("select count(*) from audit_entry where patient_key = ? and object_type = ?")
                .params(patientKey, objectType).query(Long.class).single();
    }

    @Test
    void anImrCourseKeepsTheModulesInTheUsersOrderAndGoalsKeepEveryWording() throws Exception {
        Course c = course("Kronstad poliklinikk");
        String started = startImr(c, "\"RECOVERY_STRATEGIES\", \"COPING_WITH_STRESS\", \"PRACTICAL_FACTS\"");
        assertThat((String) JsonPath.read(started, "$.id")).isNotBlank();
        assertThat(JsonPath.<java.util.List<String>>read(started, "$.moduleIds"))
                .containsExactly("RECOVERY_STRATEGIES", "COPING_WITH_STRESS", "PRACTICAL_FACTS");
        assertThat(audit(c.patientKey(), "imr_course")).isEqualTo(1);

        String goal = mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/goals"), "behandler", """
                        {"setOn": "%s", "goal": "Å begynne på skolen igjen", "steps": "Ringe rådgiveren"}"""
                        .formatted(TODAY.minusDays(10))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String goalId = JsonPath.read(goal, "$.id");
        mvc.perform(json(put("/api/v1/courses/" + c.id() + "/imr/goals/" + goalId), "behandler", """
                        {"version": 0, "setOn": "%s", "goal": "Å ta ett fag på skolen", "steps": null}"""
                        .formatted(TODAY.minusDays(10))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/courses/" + c.id() + "/imr/goals/" + goalId + "/history")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$[*].goal", contains("Å ta ett fag på skolen", "Å begynne på skolen igjen")))
                .andExpect(jsonPath("$[0].revision").value(2));

        String note = session(c, true).replace("}", ", \"goalId\": \"" + goalId
                + "\", \"goalNote\": \"Har snakket med rådgiveren\", \"nextSessionOn\": \"" + TODAY.plusDays(3) + "\"}");
        String held = mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler", note))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.notes[0].note").value("Har snakket med rådgiveren"))
                .andReturn().getResponse().getContentAsString();
        String sessionId = JsonPath.read(held, "$.id");
        mvc.perform(get("/api/v1/courses/" + c.id() + "/imr/sessions/" + sessionId + "/phrase?standard=NYNORSK")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("kveldsvakt"),
                        org.hamcrest.Matchers.containsString("modul 3 «Stress-sårbarheitsmodellen»"),
                        org.hamcrest.Matchers.containsString("del 2"),
                        org.hamcrest.Matchers.containsString("heimeoppgåve"))));
        mvc.perform(get("/api/v1/courses/" + c.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.imrCourse.nextSessionOn").value(TODAY.plusDays(3).toString()))
                .andExpect(jsonPath("$.goals", hasSize(1))).andExpect(jsonPath("$.sessions", hasSize(1)));
        assertThat(audit(c.patientKey(), "imr_session")).as("the session's creation and its two reads").isEqualTo(2);
        assertThat(audit(c.patientKey(), "imr_goal")).as("created, changed, history read").isEqualTo(3);
    }

    @Test
    void badInputIsNamedPerFieldAndNothingIsStored() throws Exception {
        Course c = course("Kronstad poliklinikk");
        mvc.perform(json(put("/api/v1/courses/" + c.id() + "/imr"), "behandler", """
                        {"format": null, "startDate": "%s", "therapistIds": ["%s"],
                         "moduleIds": ["RECOVERY_STRATEGIES", "RECOVERY_STRATEGIES"]}"""
                        .formatted(TODAY.plusDays(1), user("behandler2"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("format", "startDate", "therapistIds",
                        "moduleIds")));
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler", session(c, true)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        startImr(c, "\"PRACTICAL_FACTS\"");
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/goals"), "behandler", """
                        {"setOn": "%s", "goal": "%s"}""".formatted(TODAY, "x".repeat(501))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("goal"));
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler",
                        session(c, true).replace("\"heldOn\": \"" + TODAY, "\"heldOn\": \"" + TODAY.minusDays(25))
                                .replace("\"part\": 2", "\"part\": 0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("heldOn", "part")));
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler",
                        session(c, true).replace("\"part\": 2", "\"part\": 99999999999999")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("part"));
        mvc.perform(get("/api/v1/courses/" + c.id() + "/imr").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.goals", hasSize(0))).andExpect(jsonPath("$.sessions", hasSize(0)))
                .andExpect(jsonPath("$.imrCourse.moduleIds", contains("PRACTICAL_FACTS")));
    }

    @Test
    void theUnitsCompulsoryModuleComesFirst() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String settings = mvc.perform(get("/api/v1/imr/units/" + unit + "/settings").with(httpBasic("leder", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(settings, "$.version")).longValue();
        mvc.perform(json(put("/api/v1/imr/units/" + unit + "/settings"), "behandler", """
                        {"version": %d, "firstModuleId": "RECOVERY_STRATEGIES"}""".formatted(version)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/imr/units/" + unit + "/settings"), "leder", """
                        {"version": %d, "firstModuleId": "RECOVERY_STRATEGIES"}""".formatted(version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.firstModuleId").value("RECOVERY_STRATEGIES"));
        Course c = course("Kronstad sengepost");
        String refused = startImr(c, "\"COPING_WITH_STRESS\", \"RECOVERY_STRATEGIES\"");
        assertThat((String) JsonPath.read(refused, "$.errors[0].field")).isEqualTo("moduleIds");
        String started = startImr(c, "\"RECOVERY_STRATEGIES\", \"COPING_WITH_STRESS\"");
        assertThat(JsonPath.<java.util.List<String>>read(started, "$.moduleIds"))
                .containsExactly("RECOVERY_STRATEGIES", "COPING_WITH_STRESS");
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'imr_unit_settings' and object_id = ?")
                .param(unit.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void anotherUnitsClinicianSeesNothingOfTheImr() throws Exception {
        Course c = course("Kronstad sengepost");
        startImr(c, "\"RECOVERY_STRATEGIES\"");
        mvc.perform(get("/api/v1/courses/" + c.id() + "/imr").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler2", session(c, true)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imr/units/" + c.unitId() + "/sessions-per-month?from=2026-01&to=2026-02")
                        .with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/imr/board?unitId=" + c.unitId()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("behandler2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theUnitGoalAndTheMonthlyCountsMoveWithAnAttendedSession() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad poliklinikk");
        String settings = mvc.perform(get("/api/v1/imr/units/" + unit + "/settings").with(httpBasic("leder", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(settings, "$.version")).longValue();
        mvc.perform(json(put("/api/v1/imr/units/" + unit + "/settings"), "leder", """
                        {"version": %d, "goalFrom": "%s", "goalTo": "%s", "individualGoal": 150, "groupGoal": 50}"""
                        .formatted(version, TODAY.minusMonths(6), TODAY.plusMonths(6))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.individualGoal").value(150));
        mvc.perform(json(put("/api/v1/imr/units/" + unit + "/settings"), "leder", """
                        {"version": %d, "goalFrom": "%s", "goalTo": "%s", "individualGoal": -1}"""
                        .formatted(version + 1, TODAY, TODAY.minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("goalTo", "individualGoal")));
        int heldBefore = held(unit);
        String month = YearMonth.from(TODAY).toString();
        int monthBefore = monthTotal(unit, month);

        Course c = course("Kronstad poliklinikk");
        startImr(c, "\"RECOVERY_STRATEGIES\"");
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler", session(c, false)))
                .andExpect(status().isCreated());
        assertThat(held(unit)).as("a session the user did not come to is not held").isEqualTo(heldBefore);
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler", session(c, true)))
                .andExpect(status().isCreated());
        assertThat(held(unit)).isEqualTo(heldBefore + 1);
        assertThat(monthTotal(unit, month)).isEqualTo(monthBefore + 1);
        mvc.perform(get("/api/v1/imr/units/" + unit + "/sessions-per-month?from=2026-03&to=2026-01")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aReferralCarriesTheModulesDoneAndTheGoalsToTheReceivingUnitsBoard() throws Exception {
        Course c = course("Kronstad sengepost");
        startImr(c, "\"RECOVERY_STRATEGIES\", \"STRESS_VULNERABILITY\"");
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/goals"), "behandler", """
                        {"setOn": "%s", "goal": "Bo i egen leilighet"}""".formatted(TODAY)))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler", session(c, true)))
                .andExpect(status().isCreated());
        UUID outpatient = TestData.unitId(jdbc, "Kronstad poliklinikk");
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/referrals"), "behandler", """
                        {"toUnitId": "%s", "referredOn": "%s"}""".formatted(outpatient, TODAY)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.modulesDone", contains("STRESS_VULNERABILITY")))
                .andExpect(jsonPath("$.goals[0].goal").value("Bo i egen leilighet"));
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/referrals"), "behandler", """
                        {"toUnitId": "%s", "referredOn": "%s"}""".formatted(outpatient, TODAY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toUnitId"));
        long before = audit(c.patientKey(), "imr_referral");
        mvc.perform(get("/imr/board?unitId=" + outpatient).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("behandler")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Bo i egen leilighet")));
        assertThat(audit(c.patientKey(), "imr_referral")).as("the receiving board's read is audited")
                .isEqualTo(before + 1);
    }

    @Test
    void anImrCourseIsNotMovedSoThatItsSessionsLieOutsideIt() throws Exception {
        Course c = course("Kronstad poliklinikk");
        startImr(c, "\"RECOVERY_STRATEGIES\"");
        mvc.perform(json(post("/api/v1/courses/" + c.id() + "/imr/sessions"), "behandler",
                        session(c, true).replace("\"heldOn\": \"" + TODAY, "\"heldOn\": \"" + TODAY.minusDays(10))))
                .andExpect(status().isCreated());
        String moved = """
                {"version": 0, "format": "INDIVIDUAL", "startDate": "%s", "endDate": %s, "therapistIds": ["%s"],
                 "moduleIds": ["RECOVERY_STRATEGIES"]}""";
        mvc.perform(json(put("/api/v1/courses/" + c.id() + "/imr"), "behandler",
                        moved.formatted(TODAY.minusDays(5), "null", user("behandler"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        no.sammen.registration.NorwegianDates.format(TODAY.minusDays(10)))));
        mvc.perform(json(put("/api/v1/courses/" + c.id() + "/imr"), "behandler",
                        moved.formatted(TODAY.minusDays(20), "\"" + TODAY.minusDays(12) + "\"", user("behandler"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(json(put("/api/v1/courses/" + c.id() + "/imr"), "behandler",
                        moved.formatted(TODAY.minusDays(10), "\"" + TODAY.minusDays(10) + "\"", user("behandler"))))
                .andExpect(status().isOk());
    }

    @Test
    void theSettingsOfAUnitAreReadOnlyByThoseWhoMayReadItsCounts() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        mvc.perform(get("/api/v1/imr/units/" + unit + "/settings").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imr/units/" + unit + "/goal").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        for (String reader : new String[] {"behandler", "leder", "analytiker"}) {
            mvc.perform(get("/api/v1/imr/units/" + unit + "/settings").with(httpBasic(reader, PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theBoardsChartStartsWhenImrBeganAtTheUnitAndMarksTheMonthInProgress() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Voss poliklinikk");
        UUID course = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk");
        LocalDate start = jdbc.sql("select start_date from treatment_course where id = ?").param(course)
                .query(LocalDate.class).single();
        mvc.perform(json(put("/api/v1/courses/" + course + "/imr"), "behandler2", """
                        {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": ["PRACTICAL_FACTS"]}"""
                        .formatted(start, user("behandler2")))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/courses/" + course + "/imr/sessions"), "behandler2", """
                        {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "PRACTICAL_FACTS",
                         "homeworkChosen": false, "attended": true}""".formatted(start, user("behandler2"))))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/imr/board?unitId=" + unit).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("behandler2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"imr-months\""), page.indexOf("</table>",
                page.indexOf("id=\"imr-months\"")));
        long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(TODAY)) + 1;
        assertThat(table.split("<tr>").length - 2).as("one row per month since the first session").isEqualTo(months);
        assertThat(table).contains("(foreløpig)");
    }

    private int held(UUID unit) throws Exception {
        String body = mvc.perform(get("/api/v1/imr/units/" + unit + "/goal").with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.heldIndividual");
    }

    private int monthTotal(UUID unit, String month) throws Exception {
        String body = mvc.perform(get("/api/v1/imr/units/" + unit + "/sessions-per-month?from=" + month + "&to=" + month)
                        .with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[0].individual");
    }
}
