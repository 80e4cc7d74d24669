package no.sammen.networkmeeting;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh course of the test's own, with network members, so that tests never share rows. */
final class MeetingFixtures {

    private MeetingFixtures() {
    }

    record Course(UUID id, String patientKey, UUID unitId) {
    }

    static Course course(MockMvc mvc, JdbcClient jdbc, String unitName, LocalDate start) throws Exception {
        UUID unit = TestData.unitId(jdbc, unitName);
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "N.M. 1975", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), unit, start)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Course(UUID.fromString(JsonPath.read(body, "$.course.id")), JsonPath.read(body, "$.course.patientKey"),
                unit);
    }

    /** A network member, straight into the table: the network map's own pages are another module's. */
    static UUID member(JdbcClient jdbc, UUID courseId, String relation, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, ?, ?, null, false, ?, 0)""")
                .params(id, courseId, relation, name, java.sql.Timestamp.from(Instant.now())).update();
        return id;
    }

    static void end(MockMvc mvc, UUID courseId, LocalDate endDate) throws Exception {
        String body = mvc.perform(get("/api/v1/courses/" + courseId).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(body, "$.version");
        mvc.perform(post("/api/v1/courses/" + courseId + "/end").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"endDate\": \"%s\", \"endReason\": \"DISCHARGED\"}"
                                .formatted(version, endDate)))
                .andExpect(status().isOk());
    }

    static long meetings(JdbcClient jdbc, UUID courseId) {
        return jdbc.sql("select count(*) from network_meeting where course_id = ?").param(courseId)
                .query(Long.class).single();
    }
}
