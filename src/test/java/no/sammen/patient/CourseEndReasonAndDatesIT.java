package no.sammen.patient;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
 * Ending a course records how it ended, and a move of a course's start or end date that would leave
 * registrations of other modules outside it is refused, naming them (ADR 0021).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CourseEndReasonAndDatesIT {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDateMoveThatLeavesRegistrationsOutsideTheCourseIsRefusedNamingThem() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        LocalDate start = LocalDate.now().minusDays(7);
        String member = JsonPath.read(call(post("/api/v1/courses/" + course + "/network/members"),
                "{\"relation\": \"MOTHER\", \"name\": \"Mor\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(post("/api/v1/courses/" + course + "/contacts"), """
                {"dateTime": "%sT10:00:00", "channel": "PHONE", "staffName": "Test", "memberIds": ["%s"]}"""
                .formatted(start.plusDays(2), member)).andExpect(status().isCreated());
        call(post("/api/v1/courses/" + course + "/conversations"), """
                {"kind": "PATIENT", "heldOn": "%s", "participantIds": [], "staff": "Test",
                 "topics": ["CONFIDENTIALITY"], "note": null, "followUpOn": null, "version": null}"""
                .formatted(start.plusDays(4))).andExpect(status().isCreated());

        // A later start would leave the contact (day 2) before the course.
        call(put("/api/v1/courses/" + course), """
                {"version": 0, "unitId": "%s", "startDate": "%s", "diagnosisCode": "F20.0",
                 "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}""".formatted(
                TestData.unitId(jdbc, "Kronstad sengepost"), start.plusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "Kontakten med pårørende " + NORWEGIAN.format(start.plusDays(2)))));
        // An earlier end would leave both the contact and the conversation after it.
        call(post("/api/v1/courses/" + course + "/end"), """
                {"version": 0, "endDate": "%s", "endReason": "DISCHARGED"}""".formatted(start.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("endDate")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Kontakten med pårørende")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString(
                        "Basissamtalen med pasienten " + NORWEGIAN.format(start.plusDays(4)))));
        // Nothing was changed.
        assertThat(jdbc.sql("select start_date from treatment_course where id = ?").param(course)
                .query(LocalDate.class).single()).isEqualTo(start);
        assertThat(jdbc.sql("select count(*) from treatment_course where id = ? and end_date is null").param(course)
                .query(Long.class).single()).isEqualTo(1);

        // A move that keeps every registration inside is accepted.
        call(put("/api/v1/courses/" + course), """
                {"version": 0, "unitId": "%s", "startDate": "%s", "diagnosisCode": "F20.0",
                 "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}""".formatted(
                TestData.unitId(jdbc, "Kronstad sengepost"), start.plusDays(1)))
                .andExpect(status().isOk());
    }

    @Test
    void endingACourseRecordsHowItEndedWhichIsRequired() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        call(post("/api/v1/courses/" + course + "/end"), """
                {"version": 0, "endDate": "%s"}""".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endReason"))
                .andExpect(jsonPath("$.errors[0].message").value("Velg hvordan forløpet ble avsluttet."));
        call(post("/api/v1/courses/" + course + "/end"), """
                {"version": 0, "endDate": "%s", "endReason": "SOMETHING"}""".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest());
        call(post("/api/v1/courses/" + course + "/end"), """
                {"version": 0, "endDate": "%s", "endReason": "DIED"}""".formatted(LocalDate.now()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endReason").value("DIED"));

        Map<String, Object> facts = jdbc.sql("select died, died_recorded_on, end_recorded_on, end_reason"
                + " from course_fact where course_id = ?").param(course).query().singleRow();
        assertThat(facts.get("DIED")).isEqualTo(true);
        assertThat(facts.get("END_REASON")).isEqualTo("DIED");

        mvc.perform(get("/courses/" + course).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pasienten døde")));
    }

    @Test
    void theEndFormAsksHowTheCourseEndedInEachLanguage() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        mvc.perform(get("/courses/" + course + "/end").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utskrevet som planlagt")))
                .andExpect(content().string(containsString("name=\"endReason\"")));
        mvc.perform(get("/courses/" + course + "/end?lang=en").with(user("behandler")))
                .andExpect(content().string(containsString("Transferred to another unit")));
        mvc.perform(post("/courses/" + course + "/end").with(user("behandler")).with(csrf())
                        .param("version", "0").param("endDate", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg hvordan forløpet ble avsluttet.")));
        assertThat(jdbc.sql("select count(*) from treatment_course where id = ? and end_date is null").param(course)
                .query(Long.class).single()).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions call(MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
