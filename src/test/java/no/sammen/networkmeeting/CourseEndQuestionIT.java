package no.sammen.networkmeeting;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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

/** Ending a course asks whether a network meeting was invited, so that the indicator has no gaps. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CourseEndQuestionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void endingACourseWithoutARegistrationLeadsToTheQuestion() throws Exception {
        String id = newCourse();
        mvc.perform(get("/courses/" + id + "/end").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"end-reminders\"")))
                .andExpect(content().string(containsString("/courses/" + id + "/network-meetings/at-end")));
        mvc.perform(post("/courses/" + id + "/end").with(user("behandler")).with(csrf())
                        .param("version", "0").param("endDate", LocalDate.now().toString())
                        .param("endReason", "DISCHARGED"))
                .andExpect(redirectedUrl("/courses/" + id + "/network-meetings/at-end"));
    }

    @Test
    void withARegistrationEndingGoesBackToTheCourse() throws Exception {
        String id = newCourse();
        mvc.perform(post("/api/v1/courses/" + id + "/network-meetings").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invited\": false, \"notInvitedReason\": \"PATIENT_DECLINED\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/courses/" + id + "/end").with(user("behandler")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"end-reminders\""))));
        mvc.perform(post("/courses/" + id + "/end").with(user("behandler")).with(csrf())
                        .param("version", "0").param("endDate", LocalDate.now().toString())
                        .param("endReason", "DISCHARGED"))
                .andExpect(redirectedUrl("/courses/" + id));
    }

    private String newCourse() throws Exception {
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "E.Q. 1962", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), TestData.unitId(jdbc, "Kronstad sengepost"),
                                        LocalDate.now().minusDays(5))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.course.id");
    }
}
