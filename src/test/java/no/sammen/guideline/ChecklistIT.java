package no.sammen.guideline;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The course checklist through the API and the pages: history kept, the latest decides, the facts of the
 * recommendation-level indicators kept in the same transaction, every read and change audited, bad input
 * named per field with nothing stored, access limited to the course's unit, «not available» only where
 * the unit lacks the offer, and family collaboration read from the family registrations.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChecklistIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;

    private String base(UUID course) {
        return "/api/v1/courses/" + course + "/guideline-checklist";
    }

    private ResultActions register(String user, UUID course, String recommendation, String json) throws Exception {
        return mvc.perform(post(base(course) + "/" + recommendation).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long rows(UUID course) {
        return jdbc.sql("select count(*) from guideline_checklist_entry where course_id = ?").param(course)
                .query(Long.class).single();
    }

    private String patientKey(UUID course) throws Exception {
        String body = mvc.perform(get("/api/v1/courses/" + course).with(httpBasic("behandler", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> keys = JsonPath.read(body, "$..patientKey");
        return keys.get(0);
    }

    private long audited(UUID course, String action) throws Exception {
        return jdbc.sql("select count(*) from audit_entry where patient_key = ? and object_type = 'guideline_checklist'"
                + " and action = ?").params(patientKey(course), action).query(Long.class).single();
    }

    @Test
    void everyRegistrationIsARowOfHistoryTheLatestDecidesAndTheFactsFollow() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        register("behandler", course, "CBT_PSYCHOSIS", """
                {"version": 0, "state": "OFFERED", "on": "%s"}""".formatted(TODAY.minusDays(5)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sequence").value(1))
                .andExpect(jsonPath("$.state").value("OFFERED"));
        assertThat(facts.of(course).orElseThrow().date("cbt_offered_on")).isEqualTo(TODAY.minusDays(5));
        register("behandler", course, "CBT_PSYCHOSIS", """
                {"version": 1, "state": "STARTED", "on": "%s", "reason": "dropped"}""".formatted(TODAY.minusDays(2)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reason").doesNotExist());
        mvc.perform(get(base(course)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.recommendation.id == 'CBT_PSYCHOSIS')].current.state").value("STARTED"))
                .andExpect(jsonPath("$.items[?(@.recommendation.id == 'CBT_PSYCHOSIS')].history[*].state",
                        hasSize(2)))
                .andExpect(jsonPath("$.items[?(@.recommendation.id == 'CBT_PSYCHOSIS')].version").value(2))
                .andExpect(jsonPath("$.items[?(@.recommendation.id == 'IPS')].state").value("NOT_CONSIDERED"))
                .andExpect(jsonPath("$.items[?(@.recommendation.id == 'CBT_PSYCHOSIS')].state").value("STARTED"));
        // Started keeps the first offer's day; a later «not relevant» takes the offer back.
        assertThat(facts.of(course).orElseThrow().date("cbt_offered_on")).isEqualTo(TODAY.minusDays(5));
        register("behandler", course, "CBT_PSYCHOSIS", """
                {"version": 2, "state": "NOT_RELEVANT", "reason": "Har allerede terapeut"}""")
                .andExpect(status().isCreated());
        assertThat(facts.of(course).orElseThrow().date("cbt_offered_on")).isNull();
        // Family psychoeducation is either group; declining needs an offer, so it counts as offered.
        register("behandler", course, "MULTI_FAMILY_PSYCHOEDUCATION", """
                {"state": "DECLINED", "on": "%s", "reason": "Ønsker ikke gruppe nå"}""".formatted(TODAY.minusDays(1)))
                .andExpect(status().isCreated());
        assertThat(facts.of(course).orElseThrow().date("family_psychoeducation_offered_on"))
                .isEqualTo(TODAY.minusDays(1));
        mvc.perform(get(base(course) + "/CBT_PSYCHOSIS").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.history[0].state").value("NOT_RELEVANT"))
                .andExpect(jsonPath("$.history[2].state").value("OFFERED"));
        assertThat(rows(course)).isEqualTo(4);
        assertThat(audited(course, "CREATE")).isEqualTo(4);
        assertThat(audited(course, "LIST")).isEqualTo(1);
        assertThat(audited(course, "READ")).isEqualTo(1);
        // The audit log has the shape of a registration, never its free text.
        assertThat(jdbc.sql("select count(*) from audit_entry where patient_key = ? and details like '%terapeut%'")
                .param(patientKey(course)).query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsStored() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        register("behandler", course, "IPS", """
                {"version": 0, "state": "OFFERED", "on": "%s"}""".formatted(TODAY)).andExpect(status().isCreated());
        register("behandler", course, "IPS", """
                {"version": 0, "state": "DECLINED", "on": "%s"}""".formatted(TODAY))
                .andExpect(status().isConflict());
        assertThat(rows(course)).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        register("behandler", course, "IPS", "{\"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        register("behandler", course, "IPS", "{\"state\": \"NOT_RELEVANT\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv hvorfor tiltaket ikke er aktuelt."));
        register("behandler", course, "IPS", "{\"state\": \"OFFERED\", \"on\": \"%s\"}".formatted(TODAY.plusDays(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        register("behandler", course, "IPS", "{\"state\": \"DECLINED\", \"on\": \"%s\", \"reason\": \"%s\"}"
                .formatted(TODAY, TestData.nationalId()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(content().string(not(containsString("\"reason\": \"0"))));
        register("behandler", course, "NO_SUCH", "{\"state\": \"OFFERED\", \"on\": \"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendationId"));
        register("behandler", course, "FAMILY_COLLABORATION", "{\"state\": \"OFFERED\", \"on\": \"%s\"}"
                .formatted(TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendationId"));
        register("behandler", course, "IPS", "{\"state\": \"SOMETIMES\"}").andExpect(status().isBadRequest());
        assertThat(rows(course)).isZero();
        assertThat(audited(course, "CREATE")).isZero();
    }

    @Test
    void onlyTheCoursesUnitSeesAndChangesTheChecklist() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        String offered = "{\"state\": \"OFFERED\", \"on\": \"%s\"}".formatted(TODAY);
        mvc.perform(get(base(course)).with(httpBasic("behandler2", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(base(course) + "/IPS").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        register("behandler2", course, "IPS", offered).andExpect(status().isNotFound());
        mvc.perform(get("/courses/" + course + "/guideline-checklist").with(user("behandler2")))
                .andExpect(status().isNotFound());
        // The unit's leader reads, but does not register; the analyst sees no courses.
        mvc.perform(get(base(course)).with(httpBasic("leder", PASSWORD))).andExpect(status().isOk());
        register("leder", course, "IPS", offered).andExpect(status().isForbidden());
        mvc.perform(get(base(course)).with(httpBasic("analytiker", PASSWORD))).andExpect(status().is4xxClientError());
        assertThat(rows(course)).isZero();
    }

    @Test
    void notAvailableOnlyWhereTheUnitLacksTheOfferAndTheUnitsLeaderSaysWhichItHas() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad poliklinikk");
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        setOffer("leder", unit, "MUSIC_THERAPY", "false", "").andExpect(redirectedUrl("/guideline/offers#unit-" + unit));
        setOffer("leder", unit, "CBT_PSYCHOSIS", "true", "6").andExpect(status().is3xxRedirection());
        register("behandler", course, "MUSIC_THERAPY", "{\"state\": \"NOT_AVAILABLE\", \"on\": \"%s\"}"
                .formatted(TODAY)).andExpect(status().isCreated());
        register("behandler", course, "CBT_PSYCHOSIS", "{\"state\": \"NOT_AVAILABLE\", \"on\": \"%s\"}"
                .formatted(TODAY)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/courses/" + course + "/guideline-checklist/CBT_PSYCHOSIS").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vanlig ventetid ved enheten: 6 uker.")))
                .andExpect(content().string(not(containsString("value=\"NOT_AVAILABLE\""))));
        mvc.perform(get("/courses/" + course + "/guideline-checklist/MUSIC_THERAPY").with(user("behandler")))
                .andExpect(content().string(containsString("value=\"NOT_AVAILABLE\"")));
        mvc.perform(get("/guideline/offers").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ja, ventetid 6 uker")))
                .andExpect(content().string(not(containsString("id=\"edit-" + unit))));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'unit_offers' and object_id = ?")
                .param(unit.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    private ResultActions setOffer(String user, UUID unit, String recommendation, String offered, String weeks)
            throws Exception {
        String page = mvc.perform(get("/guideline/offers/units/" + unit + "/" + recommendation).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(version.find()).isTrue();
        return mvc.perform(post("/guideline/offers/units/" + unit + "/" + recommendation).with(user(user)).with(csrf())
                .param("offered", offered).param("waitingWeeks", weeks).param("version", version.group(1)));
    }

    @Test
    void onlyAnAdministratorOrTheUnitsLeaderChangesItsOffersAndAWrongWaitingTimeIsNamed() throws Exception {
        UUID voss = TestData.unitId(jdbc, "Voss poliklinikk");
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        mvc.perform(get("/guideline/offers/units/" + voss + "/IPS").with(user("leder"))).andExpect(status().isForbidden());
        mvc.perform(get("/guideline/offers/units/" + kronstad + "/IPS").with(user("behandler")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/guideline/offers/units/" + voss + "/IPS").with(user("behandler2")).with(csrf())
                .param("offered", "false").param("version", "0")).andExpect(status().isForbidden());
        setOffer("admin", voss, "IPS", "true", "200").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"waitingWeeks-error\"")));
        setOffer("admin", voss, "IPS", "true", "3").andExpect(status().is3xxRedirection());
        mvc.perform(post("/guideline/offers/units/" + voss + "/IPS").with(user("admin")).with(csrf())
                .param("offered", "false").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
    }

    @Test
    void familyCollaborationIsReadFromTheContactsWithRelatives() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        mvc.perform(get(base(course) + "/FAMILY_COLLABORATION").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.answer.status").value("MISSED"));
        String member = mvc.perform(post("/api/v1/courses/" + course + "/network/members")
                        .with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relation\": \"MOTHER\", \"name\": \"Mor\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/courses/" + course + "/contacts").with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dateTime": "%sT10:00:00", "channel": "PHONE", "staffName": "Test", "memberIds": ["%s"]}"""
                        .formatted(TODAY.minusDays(5), JsonPath.read(member, "$.id")))).andExpect(status().isCreated());
        mvc.perform(get(base(course) + "/FAMILY_COLLABORATION").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.answer.status").value("IN_TIME"))
                .andExpect(jsonPath("$.answer.day").value(2));
        mvc.perform(get("/courses/" + course).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anbefalte tiltak")))
                .andExpect(content().string(containsString("innen tre dager")));
        mvc.perform(get(base(course) + "/phrase").param("standard", "NYNORSK").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.text").value(containsString("Familiesamarbeid: pårørande kontakta")));
    }

    @Test
    void theLeadersViewCountsOwnUnitsAndHidesSmallNumbersElsewhere() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        register("behandler", course, "SOCIAL_SKILLS_TRAINING", "{\"state\": \"OFFERED\", \"on\": \"%s\"}"
                .formatted(TODAY)).andExpect(status().isCreated());
        UUID voss = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk");
        register("behandler2", voss, "SOCIAL_SKILLS_TRAINING", "{\"state\": \"DECLINED\", \"on\": \"%s\"}"
                .formatted(TODAY)).andExpect(status().isCreated());
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID vossUnit = TestData.unitId(jdbc, "Voss poliklinikk");
        String page = mvc.perform(get("/guideline/checklist-report").param("recommendation", "SOCIAL_SKILLS_TRAINING")
                        .param("year", String.valueOf(TODAY.getYear())).with(user("leder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String own = page.substring(page.indexOf("id=\"row-" + kronstad + "\""));
        assertThat(own.substring(0, own.indexOf("</tr>"))).doesNotContain("suppressed");
        String other = page.substring(page.indexOf("id=\"row-" + vossUnit + "\""));
        assertThat(other.substring(0, other.indexOf("</tr>"))).contains("suppressed");
        mvc.perform(get("/guideline/checklist-report").with(user("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(user("leder")))
                .andExpect(content().string(containsString("id=\"guideline-checklist-report-link\"")));
    }

    @Test
    void theLeadersViewReadForMedicationFreeCoursesCountsOnlyThem() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        int year = TODAY.getYear();
        long[] before = {reportedCourses(unit, year, null), reportedCourses(unit, year, "MEDICATION_FREE")};
        UUID ordinary = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        UUID medicationFree = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        long version = jdbc.sql("select version from treatment_course where id = ?").param(medicationFree)
                .query(Long.class).single();
        mvc.perform(post("/api/v1/courses/" + medicationFree + "/medication-free/assessments")
                        .with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"courseVersion": %d, "assessedOn": "%s", "wantsNonMedication": true,
                                 "professionallySound": true, "capacityToConsent": true, "noRisk": true}"""
                                .formatted(version, TODAY)))
                .andExpect(status().isCreated());
        for (UUID course : new UUID[] {ordinary, medicationFree}) {
            register("behandler", course, "PHYSICAL_ACTIVITY", "{\"state\": \"OFFERED\", \"on\": \"%s\"}"
                    .formatted(TODAY)).andExpect(status().isCreated());
        }
        assertThat(reportedCourses(unit, year, null)).as("all courses").isEqualTo(before[0] + 2);
        assertThat(reportedCourses(unit, year, "MEDICATION_FREE")).as("medication-free courses only")
                .isEqualTo(before[1] + 1);
        mvc.perform(get("/reports/medication-free").with(user("leder")))
                .andExpect(content().string(containsString("id=\"medication-free-checklists\"")))
                .andExpect(content().string(containsString("pathway=MEDICATION_FREE")));
    }

    /** The leader's count of courses with PHYSICAL_ACTIVITY registered in a unit and year, from the page. */
    private long reportedCourses(UUID unit, int year, String pathway) throws Exception {
        var request = get("/guideline/checklist-report").param("recommendation", "PHYSICAL_ACTIVITY")
                .param("year", String.valueOf(year)).with(user("leder"));
        if (pathway != null) {
            request.param("pathway", pathway);
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String row = page.substring(page.indexOf("id=\"row-" + unit + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td>(\\d+)</td>").matcher(row);
        assertThat(cell.find()).as("a count of courses in the row of the unit").isTrue();
        return Long.parseLong(cell.group(1));
    }
}
