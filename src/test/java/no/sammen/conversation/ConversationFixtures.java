package no.sammen.conversation;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh course of our own, and members of its network map, for the integration tests. */
final class ConversationFixtures {

    private ConversationFixtures() {
    }

    /** A course in Kronstad sengepost that started {@code daysAgo} days ago, registered by behandler. */
    static UUID course(MockMvc mvc, JdbcClient jdbc, int daysAgo) throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "S.A. 1980", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), unit, LocalDate.now().minusDays(daysAgo))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.course.id"));
    }

    /** A member of the course's network map, written straight to its table (the map is another module's). */
    static UUID member(JdbcClient jdbc, UUID courseId, String relation, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, ?, ?, null, false, ?, 0)""")
                .params(id, courseId, relation, name, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
        return id;
    }

    static long conversationsOf(JdbcClient jdbc, UUID courseId) {
        return jdbc.sql("select count(*) from basic_conversation where course_id = ?").param(courseId)
                .query(Long.class).single();
    }
}
