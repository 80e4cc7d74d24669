package no.sammen.family;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Courses and members made through the API for the family tests, so that no test relies on demo rows. */
final class FamilyTestCourses {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private FamilyTestCourses() {
    }

    record TestCourse(UUID id, String patientKey, LocalDate start) {
    }

    static LocalDate today() {
        return LocalDate.now(NORWAY);
    }

    /** A new course for behandler, started {@code daysAgo} days ago. */
    static TestCourse course(MockMvc mvc, UUID unitId, int daysAgo) throws Exception {
        LocalDate start = today().minusDays(daysAgo);
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "F.A. 1975", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), unitId, start)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new TestCourse(UUID.fromString(JsonPath.read(body, "$.course.id")),
                JsonPath.read(body, "$.course.patientKey"), start);
    }

    static UUID member(MockMvc mvc, UUID courseId, Relation relation, String name, boolean closest)
            throws Exception {
        String body = mvc.perform(post("/api/v1/courses/" + courseId + "/network/members")
                        .with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"relation": "%s", "name": "%s", "contact": "900 00 000", "closestRelative": %s}"""
                                .formatted(relation, name, closest)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }
}
