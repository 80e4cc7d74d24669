package no.sammen.patient;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Several clinicians registering the same new person at the same moment, on a real server: every
 * answer is 200 or 201 (or 409), never a 500 from the unique pseudonym, and there is one patient;
 * and the same person's course registered in one unit by several at once gives one active course.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PatientRegistrationRaceIT {

    static final int THREADS = 6;
    static final int ROUNDS = 8;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudonymizer pseudonymizer;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theSameNewNationalIdRegisteredAtOnceGivesOnePatientAndNoError() throws Exception {
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID outpatient = TestData.unitId(jdbc, "Kronstad poliklinikk");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String nationalId = TestData.nationalId();
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    // two register a course, one in each of the user's units (so that no answer is
                    // the rule of one active course per unit), the others the patient alone
                    boolean course = t == 1 || t == 3;
                    String path = course ? "/api/v1/courses" : "/api/v1/patients";
                    UUID unit = t == 1 ? outpatient : kronstad;
                    String body = !course
                            ? """
                              {"nationalId": "%s", "displayLabel": "R.C. 1970", "unitId": "%s"}"""
                                    .formatted(nationalId, kronstad)
                            : """
                              {"nationalId": "%s", "displayLabel": "R.C. 1970", "unitId": "%s", "startDate": "%s",
                               "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                    .formatted(nationalId, unit, LocalDate.now());
                    answers.add(pool.submit(() -> {
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                        ("behandler:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        start.await(30, TimeUnit.SECONDS);
                        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(90, TimeUnit.SECONDS));
                }
                String pseudonym = pseudonymizer.pseudonymOf(nationalId, LocalDate.now());
                assertThat(statuses).as("round %d", round).allMatch(s -> s == 200 || s == 201 || s == 409);
                assertThat(jdbc.sql("select count(*) from patient where pseudonym = ?").param(pseudonym)
                        .query(Long.class).single()).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSamePersonsCourseRegisteredAtOnceInOneUnitGivesOneActiveCourse() throws Exception {
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String nationalId = TestData.nationalId();
                String body = """
                        {"nationalId": "%s", "displayLabel": "R.C. 1970", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                        .formatted(nationalId, kronstad, LocalDate.now());
                // a person already known (a patient without an active course here), as after an earlier course
                assertThat(post("/api/v1/patients", """
                        {"nationalId": "%s", "displayLabel": "R.C. 1970", "unitId": "%s"}"""
                        .formatted(nationalId, kronstad))).isIn(200, 201);
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    answers.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return post("/api/v1/courses", body);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(90, TimeUnit.SECONDS));
                }
                String pseudonym = pseudonymizer.pseudonymOf(nationalId, LocalDate.now());
                assertThat(statuses).as("round %d", round).containsOnlyOnce(201)
                        .allMatch(s -> s == 201 || s == 400);
                assertThat(jdbc.sql("""
                        select count(*) from treatment_course c join patient p on p.id = c.patient_id
                        where p.pseudonym = ? and c.unit_id = ? and c.end_date is null""")
                        .params(pseudonym, kronstad).query(Long.class).single()).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("behandler:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
