package no.sammen.fidelity;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Fidelity end to end: IMR courses, goals and sessions and a PEF group with its sessions and supervision
 * registered through the API at a unit of the test's own, then the scores of the latest complete half-year,
 * the items the registrations cannot answer, a provisional half-year, bad input and who may see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FidelityIT {

    static final String[] MODULES = {"RECOVERY_STRATEGIES", "PRACTICAL_FACTS", "STRESS_VULNERABILITY",
        "SOCIAL_SUPPORT", "MEDICATION", "DRUGS_AND_ALCOHOL", "REDUCING_RELAPSES", "COPING_WITH_STRESS",
        "PROBLEMS_AND_SYMPTOMS", "NEEDS_MET", "HEALTHY_LIFESTYLES"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    LocalDate today;
    HalfYear half;
    UUID unit;
    String coordinator;
    UUID coordinatorId;

    @BeforeEach
    void unitOfItsOwn() {
        today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        half = HalfYear.latestComplete(today);
        unit = newUnit("Modelltrohetspost");
        String suffix = unit.toString().substring(0, 8);
        coordinator = "fidkoord" + suffix;
        coordinatorId = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                values (?, ?, ?, ?, true, 0)""")
                .params(coordinatorId, coordinator, "Frida Koordinator", passwords.encode(PASSWORD)).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'COORDINATOR')").params(coordinatorId).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(coordinatorId, unit).update();
    }

    private UUID newUnit(String name) {
        UUID id = UUID.randomUUID();
        UUID clinic = jdbc.sql("select clinic_id from org_unit where name = 'Kronstad poliklinikk'").query(UUID.class)
                .single();
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, phone, active, version)
                values (?, ?, ?, 'OUTPATIENT', '55 90 00 00', true, 0)""")
                .params(id, clinic, name + " " + id.toString().substring(0, 8)).update();
        return id;
    }

    private String call(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        return mvc.perform(request.with(httpBasic(coordinator, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body == null ? "" : body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private UUID id(String json) {
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private UUID course(LocalDate start) throws Exception {
        String body = call(post("/api/v1/courses"), """
                {"nationalId": "%s", "displayLabel": "M.T. 1990", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(TestData.nationalId(), unit, start), 201);
        return UUID.fromString(JsonPath.read(body, "$.course.id"));
    }

    private static String allModules() {
        return String.join(", ", java.util.Arrays.stream(MODULES).map(m -> "\"" + m + "\"").toList());
    }

    private String imrSession(LocalDate day, int i, UUID goalId) {
        return """
                {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "%s", "part": 1,
                 "homeworkChosen": false, "attended": true%s}""".formatted(day, coordinatorId, MODULES[i % 11],
                goalId == null ? "" : ", \"goalId\": \"" + goalId + "\", \"goalNote\": \"Gikk bedre\"");
    }

    /**
     * Five IMR users who started twenty weeks before the half-year, with weekly sessions, and ended four
     * weeks into it: four with 24 sessions (the last four in the half-year), one with 23; goals for four, and
     * progress noted at a session in the half-year for one. A multi-family PEF group of the same five
     * courses: three joining sessions before the half-year, then a workshop and problem solving every other
     * week through it; one co-leader; supervision in its first two months only.
     */
    private List<UUID> register() throws Exception {
        LocalDate from = half.from();
        LocalDate imrStart = from.minusWeeks(20);
        List<UUID> courses = new ArrayList<>();
        for (int u = 0; u < 5; u++) {
            UUID course = course(from.minusMonths(6));
            courses.add(course);
            call(put("/api/v1/courses/" + course + "/imr"), """
                    {"format": "INDIVIDUAL", "startDate": "%s", "endDate": "%s", "therapistIds": ["%s"],
                     "moduleIds": [%s]}"""
                    .formatted(imrStart, from.plusWeeks(4), coordinatorId, allModules()), 200);
            UUID goal = null;
            if (u < 4) {
                goal = id(call(post("/api/v1/courses/" + course + "/imr/goals"), """
                        {"setOn": "%s", "goal": "Å sove bedre", "steps": "Legge meg før midnatt"}"""
                        .formatted(imrStart.plusDays(1)), 201));
            }
            int sessions = u < 4 ? 24 : 23;
            for (int i = 0; i < sessions; i++) {
                call(post("/api/v1/courses/" + course + "/imr/sessions"), imrSession(imrStart.plusDays(1 + 7L * i), i,
                        u == 0 && i == 22 ? goal : null), 201);
            }
        }
        String group = call(post("/api/v1/groups"), """
                {"unitId": "%s", "programme": "PEF", "kind": "MULTI_FAMILY", "name": "Flerfamiliegruppe",
                 "schedule": "annenhver tirsdag", "startsOn": "%s", "phase": "JOINING", "status": "RUNNING",
                 "leaderIds": ["%s"], "coLeaders": "Kari fra kommunen"}""".formatted(unit, from.minusDays(70),
                coordinatorId), 201);
        UUID groupId = id(group);
        for (UUID c : courses) {
            call(post("/api/v1/groups/" + groupId + "/members"), """
                    {"courseId": "%s", "joinedOn": "%s"}""".formatted(c, from.minusDays(70)), 200);
        }
        String all = courses.stream().map(c -> "\"" + c + "\"").reduce((a, b) -> a + ", " + b).orElseThrow();
        for (int d : new int[] {60, 46, 32}) {
            call(post("/api/v1/groups/" + groupId + "/sessions"), """
                    {"heldOn": "%s", "phase": "JOINING", "patientCourseIds": [%s]}"""
                    .formatted(from.minusDays(d), all), 201);
        }
        int n = 0;
        for (LocalDate day = from.plusDays(3); !day.isAfter(half.to()); day = day.plusDays(14), n++) {
            call(post("/api/v1/groups/" + groupId + "/sessions"), """
                    {"heldOn": "%s", "phase": "%s", "patientCourseIds": [%s]}"""
                    .formatted(day, n == 0 ? "WORKSHOP" : "PROBLEM_SOLVING", all), 201);
        }
        for (int m = 0; m < 2; m++) {
            call(post("/api/v1/units/" + unit + "/supervisions"), """
                    {"programme": "PEF", "heldOn": "%s", "supervisorName": "Veileder fra TIPS", "groupId": "%s",
                     "attendeeIds": ["%s"]}""".formatted(from.plusMonths(m).plusDays(20), groupId, coordinatorId), 201);
        }
        return courses;
    }

    private static Map<String, Object> item(String json, String id) {
        List<Map<String, Object>> found = JsonPath.read(json, "$.scales[*].items[?(@.id == '" + id + "')]");
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }

    @Test
    void theScoresOfTheLatestCompleteHalfYearComeFromTheRegistrationsWithTheirBasis() throws Exception {
        register();
        String json = mvc.perform(get("/api/v1/fidelity/units/" + unit).header("Accept-Language", "en")
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.halfYear").value(half.toString()))
                .andExpect(jsonPath("$.provisional").value(false))
                .andReturn().getResponse().getContentAsString();

        Map<String, Object> size = item(json, "IMR_GROUP_SIZE");
        assertThat(size).containsEntry("status", "SCORED").containsEntry("score", 5);
        assertThat((String) size.get("basis")).isEqualTo("19 individual sessions, no group sessions.");
        assertThat((String) size.get("rule")).contains("at most 8 gives 5");

        Map<String, Object> length = item(json, "IMR_PROGRAMME_LENGTH");
        assertThat(length).containsEntry("status", "SCORED").containsEntry("score", 4);
        assertThat((String) length.get("basis")).startsWith("4 of 5 users (80 %) had at least 24 sessions.");

        Map<String, Object> curriculum = item(json, "IMR_CURRICULUM");
        assertThat(curriculum).containsEntry("score", 3);
        assertThat((Map<String, Object>) curriculum.get("figures")).containsEntry("modulesCovered", 4)
                .containsEntry("moduleNumbers", "1, 2, 10, 11");

        assertThat(item(json, "IMR_GOAL_SETTING")).containsEntry("score", 4);
        Map<String, Object> followUp = item(json, "IMR_GOAL_FOLLOW_UP");
        // four users with goals are too few for a score, and the page says what it found
        assertThat(followUp).containsEntry("status", "TOO_LITTLE_DATA").containsEntry("score", null);
        assertThat((Map<String, Object>) followUp.get("figures")).containsEntry("users", 4)
                .containsEntry("followedUp", 1).containsEntry("sessionsWithNote", 1);
        assertThat((String) followUp.get("basis")).isEqualTo(
                "Users with goals and sessions in the half-year: 4 (1 of them followed up). At least 5 users are needed.");

        Map<String, Object> handouts = item(json, "IMR_HANDOUTS");
        assertThat(handouts).containsEntry("status", "NOT_FROM_REGISTRATIONS").containsEntry("score", null);
        assertThat((String) handouts.get("assessor")).contains("An assessor");
        assertThat((List<String>) handouts.get("anchors")).hasSize(5)
                .startsWith("Under 20 % of the users have received the material");
        assertThat(item(json, "IMR_SIGNIFICANT_OTHERS")).containsEntry("status", "NOT_FROM_REGISTRATIONS");

        assertThat(item(json, "FPE_SESSION_FREQUENCY")).containsEntry("score", 5);
        assertThat(item(json, "PEF_JOINING")).containsEntry("score", 5);
        assertThat(item(json, "PEF_GROUP_SIZE")).containsEntry("score", 5);
        assertThat(item(json, "PEF_LEADERS")).containsEntry("score", 5);
        Map<String, Object> supervision = item(json, "PEF_SUPERVISION");
        assertThat(supervision).containsEntry("score", 2);
        assertThat((String) supervision.get("basis")).startsWith("2 of 6 months with PEF meetings (33 %)");
        Map<String, Object> longTerm = item(json, "FPE_LONG_TERM");
        assertThat(longTerm).containsEntry("status", "TOO_LITTLE_DATA").containsEntry("score", null);
        assertThat((String) longTerm.get("basis")).contains("At least 5 families are needed");
        assertThat(item(json, "FPE_COORDINATOR")).containsEntry("status", "NOT_FROM_REGISTRATIONS");

        // the page says the same, for the unit's leader too; no person is shown, so nothing is audited
        long audited = jdbc.sql("select count(*) from audit_entry where unit_id = ?").param(unit).query(Long.class)
                .single();
        String page = mvc.perform(get("/fidelity/units/" + unit).with(user(coordinator))
                        .header("Accept-Language", "nb"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("4 av 5 brukere (80 %) hadde minst 24 timer.")
                .contains("Kan ikke besvares fra registreringene.").contains("For lite data til en skår.")
                .contains("<caption").contains("scope=\"row\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where unit_id = ?").param(unit).query(Long.class)
                .single()).isEqualTo(audited);
        // the boards lead to it
        String link = "href=\"/fidelity/units/" + unit + "\"";
        mvc.perform(get("/pef/units/" + unit).with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
        mvc.perform(get("/imr/board").param("unitId", unit.toString()).with(user(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
    }

    @Test
    void aHalfYearInProgressIsProvisionalAndAnEmptyUnitSaysSo() throws Exception {
        HalfYear now = HalfYear.of(today);
        mvc.perform(get("/api/v1/fidelity/units/" + unit + "?half=" + now).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.countedUntil").value(today.toString()))
                .andExpect(jsonPath("$.scales[*].registered", org.hamcrest.Matchers.contains(false, false)));
        mvc.perform(get("/fidelity/units/" + unit + "?half=" + now).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"fidelity-provisional\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"fidelity-empty\"")));
    }

    @Test
    void aBadHalfYearIsAFieldErrorAndAnUnknownOrAnotherUnitIsNotFound() throws Exception {
        for (String bad : new String[] {"2026-3", "andre-halvår", half.toString().substring(0, 4)}) {
            mvc.perform(get("/api/v1/fidelity/units/" + unit).param("half", bad).with(httpBasic(coordinator, PASSWORD)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("half"));
        }
        mvc.perform(get("/api/v1/fidelity/units/" + unit).param("half", (today.getYear() + 1) + "-1")
                        .header("Accept-Language", "en").with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("half"))
                .andExpect(jsonPath("$.errors[0].message").value("The half-year has not begun yet."));
        // the page shows the error at the field and the default half-year
        mvc.perform(get("/fidelity/units/" + unit).param("half", "2026-3").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"half-error\"")));
        mvc.perform(get("/api/v1/fidelity/units/" + UUID.randomUUID()).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
        // a clinician of another unit does not find it; the unit's leader elsewhere neither; an analyst sees it
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        mvc.perform(get("/api/v1/fidelity/units/" + unit).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fidelity/units/" + unit).with(user("leder")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fidelity/units/" + kronstad).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fidelity/units/" + unit).with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/fidelity/units/" + kronstad).with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk());
    }
}
