package no.sammen.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Fictional national ids, look-ups of the test organisation and new courses, for integration tests. */
public final class TestData {

    /** The password of every user of the test organisation ({@link TestOrganisation}). */
    public static final String PASSWORD = "sammen-test-2026";

    private TestData() {
    }

    /** A valid fødselsnummer for a random date in the 1900s, unlikely to be used by another test. */
    public static String nationalId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate birth = LocalDate.of(1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String nine = String.format("%02d%02d%02d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100, random.nextInt(500));
            int k1 = check(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            int k2 = check(nine + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k1 < 10 && k2 < 10) {
                return nine + k1 + k2;
            }
        }
    }

    /** Swaps the last check digit, giving an id of the right shape that fails the mod-11 check. */
    public static String withWrongCheckDigit(String nationalId) {
        char last = nationalId.charAt(10);
        return nationalId.substring(0, 10) + (char) (last == '9' ? '0' : last + 1);
    }

    public static UUID unitId(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(UUID.class).single();
    }

    /**
     * A new psychosis course in the named unit, started a week ago, registered through the API by
     * {@code username} (a clinician of the unit), so that every module sees it as it sees any course.
     */
    public static UUID newCourse(MockMvc mvc, JdbcClient jdbc, String username, String unitName) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/courses")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newCourseJson(jdbc, unitName)))
                .andExpect(MockMvcResultMatchers.status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.course.id"));
    }

    /** {@link #newCourse(MockMvc, JdbcClient, String, String)} against a running server on {@code port}. */
    public static UUID newCourse(int port, JdbcClient jdbc, String username, String unitName) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/courses"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(newCourseJson(jdbc, unitName))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("course not registered: " + answer.statusCode() + " " + answer.body());
        }
        return UUID.fromString(JsonPath.read(answer.body(), "$.course.id"));
    }

    private static String newCourseJson(JdbcClient jdbc, String unitName) {
        return """
                {"nationalId": "%s", "displayLabel": "T.D. 1980", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(nationalId(), unitId(jdbc, unitName), LocalDate.now().minusDays(7));
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }
}
