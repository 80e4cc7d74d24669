package no.sammen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Journal audit rounds made through the API against the running server, for the browser tests. */
final class JournalAuditFixture {

    private final int port;
    private final JdbcClient jdbc;

    JournalAuditFixture(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** A month of some year this century that other tests are unlikely to use. */
    static LocalDate someMonth() {
        // The 2000s: months no other test counts courses in (see JournalAuditApiIT); a year of its own for each
        // call, so that two tests in one run never share a unit's round or population.
        return LocalDate.of(2000 + NEXT_YEAR.getAndIncrement() % 10, 1 + ThreadLocalRandom.current().nextInt(9), 1);
    }

    private static final AtomicInteger NEXT_YEAR =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(10));

    private HttpResponse<String> send(String method, String username, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A psychosis course of the unit started on the given day and ended three weeks later, with the given label. */
    UUID course(String unitName, LocalDate start, String label) throws Exception {
        HttpResponse<String> answer = send("POST", "behandler", "/api/v1/courses", """
                {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(TestData.nationalId(), label, TestData.unitId(jdbc, unitName), start));
        assertThat(answer.statusCode()).as("course: " + answer.body()).isEqualTo(201);
        UUID course = UUID.fromString(JsonPath.read(answer.body(), "$.course.id"));
        // ended three weeks later, as an audited course of a past month is, so that no worklist holds it
        HttpResponse<String> ended = send("POST", "behandler", "/api/v1/courses/" + course + "/end", """
                {"version": %d, "endDate": "%s", "endReason": "DISCHARGED"}"""
                .formatted(((Number) JsonPath.read(answer.body(), "$.course.version")).longValue(), start.plusDays(21)));
        assertThat(ended.statusCode()).as("end: " + ended.body()).isEqualTo(200);
        return course;
    }

    /** A round of the month at the unit, opened by the coordinator, its whole population sampled. */
    UUID round(String unitName, LocalDate month, int size) throws Exception {
        HttpResponse<String> answer = send("POST", "koordinator", "/api/v1/units/" + TestData.unitId(jdbc, unitName)
                + "/journal-audits/rounds", """
                {"periodKind": "MONTH", "period": "%s", "population": "STARTED_PSYCHOSIS", "sampleSize": %d}"""
                .formatted(month.toString().substring(0, 7), size));
        assertThat(answer.statusCode()).as("round: " + answer.body()).isEqualTo(201);
        return UUID.fromString(JsonPath.read(answer.body(), "$.id"));
    }

    /** A completed round of {@code records} courses whose first {@code meeting} records meet the criteria. */
    UUID completedRound(String unitName, LocalDate month, int records, int meeting) throws Exception {
        for (int i = 0; i < records; i++) {
            course(unitName, month.plusDays(i), "R.J. " + (1960 + i));
        }
        UUID round = round(unitName, month, records);
        List<String> courses = jdbc.sql("select course_id from journal_audit_record where round_id = ? order by position")
                .param(round).query(String.class).list();
        for (int i = 0; i < courses.size(); i++) {
            String crisisPlan = i < meeting ? "YES" : "NO";
            HttpResponse<String> answer = send("PUT", "koordinator", "/api/v1/journal-audits/rounds/" + round
                    + "/records/" + courses.get(i), """
                    {"version": 0, "completed": true, "answers": {"CLOSEST_RELATIVE": "YES", "RELATIVE_CONTACT": "YES",
                     "CONFIDENTIALITY": "YES", "RELATIVE_EXPERIENCE": "YES", "CRISIS_PLAN": "%s",
                     "CHILDREN": "NOT_APPLICABLE"}}""".formatted(crisisPlan));
            assertThat(answer.statusCode()).as("checklist: " + answer.body()).isEqualTo(200);
        }
        return round;
    }
}
