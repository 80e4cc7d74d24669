package no.sammen.patient;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CourseApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID kronstad;

    @BeforeEach
    void setUp() {
        kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
    }

    @Test
    void registersReadsChangesAndEndsACourse() throws Exception {
        String nationalId = TestData.nationalId();
        MvcResult created = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson(nationalId, "T.E. 1970", kronstad, LocalDate.now().minusDays(3), "f20.0")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/courses/")))
                .andExpect(jsonPath("$.existingPatient").value(false))
                .andExpect(jsonPath("$.course.diagnosisCode").value("F20.0"))
                .andExpect(jsonPath("$.course.psychosis").value(true))
                .andExpect(jsonPath("$.course.unitName").value("Kronstad sengepost"))
                .andReturn();
        String body = created.getResponse().getContentAsString();
        assertThat(body).doesNotContain(nationalId);
        String id = JsonPath.read(body, "$.course.id");

        mvc.perform(get("/api/v1/courses/" + id).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayLabel").value("T.E. 1970"))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(put("/api/v1/courses/" + id).with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "unitId": "%s", "startDate": "%s", "diagnosisCode": "F31.2",
                                 "legalStatus": "COMPULSORY", "pathway": "ORDINARY"}"""
                                .formatted(kronstad, LocalDate.now().minusDays(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.psychosis").value(false))
                .andExpect(jsonPath("$.legalStatus").value("COMPULSORY"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(post("/api/v1/courses/" + id + "/end").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"endDate\": \"%s\", \"endReason\": \"DISCHARGED\"}".formatted(LocalDate.now())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").value(LocalDate.now().toString()));
    }

    @Test
    void registeringTheSamePersonAgainFindsTheExistingPatient() throws Exception {
        String nationalId = TestData.nationalId();
        String first = mvc.perform(post("/api/v1/patients").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nationalId\":\"%s\",\"displayLabel\":\"S.P. 1960\",\"unitId\":\"%s\"}"
                                .formatted(nationalId, kronstad)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existing").value(false))
                .andReturn().getResponse().getContentAsString();
        UUID kronstadOutpatient = TestData.unitId(jdbc, "Kronstad poliklinikk");
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson(nationalId.substring(0, 6) + " " + nationalId.substring(6), "Other label",
                                kronstadOutpatient, LocalDate.now(), "F25.1")))
                .andExpect(status().isCreated())
                // the same patient, but with no course in the user's units yet it is not "known" (ADR 0011)
                .andExpect(jsonPath("$.existingPatient").value(false))
                .andExpect(jsonPath("$.course.patientId").value((String) JsonPath.read(first, "$.id")))
                .andExpect(jsonPath("$.course.displayLabel").value("Other label"));
        // once it has a course in the user's units, it is known there, with that course's label
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson(nationalId, "Third label", kronstad, LocalDate.now(), "F20")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existingPatient").value(true))
                .andExpect(jsonPath("$.course.patientId").value((String) JsonPath.read(first, "$.id")))
                .andExpect(jsonPath("$.course.displayLabel").value("Other label"));
    }

    @Test
    void badInputIsAProblemDetailNamingEachFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from treatment_course").query(Long.class).single();
        String wrong = TestData.withWrongCheckDigit(TestData.nationalId());
        String answer = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson(wrong, "A.B. 1980", kronstad, LocalDate.now().plusDays(2), "X")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nationalId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("diagnosisCode")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nationalId')].message",
                        hasItem("The national identity number is not valid (the check digits do not match).")))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(wrong);
        assertThat(jdbc.sql("select count(*) from treatment_course").query(Long.class).single()).isEqualTo(before);

        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .header("Accept-Language", "nb")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nationalId\": \"x\", \"startDate\": \"not a date\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Ugyldig verdi."));
    }

    @Test
    void theMedicationFreePathwayRequiresVoluntaryTreatment() throws Exception {
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "M.F. 1990", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20.0", "legalStatus": "COMPULSORY", "pathway": "MEDICATION_FREE"}"""
                                .formatted(TestData.nationalId(), kronstad, LocalDate.now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pathway"));
    }

    @Test
    void aCourseOfAnotherUnitIsNotFound() throws Exception {
        UUID voss = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk");
        mvc.perform(get("/api/v1/courses/" + voss).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(put("/api/v1/courses/" + voss).with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/" + voss).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theListHoldsOnlyTheUsersOwnUnitsAndFilters() throws Exception {
        String vossCourse = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk").toString();
        mvc.perform(get("/api/v1/courses").param("size", "100").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitName", not(hasItem("Voss poliklinikk"))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(vossCourse))));
        mvc.perform(get("/api/v1/courses").param("status", "ENDED").param("diagnosisGroup", "PSYCHOSIS")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].endDate", not(hasItem((Object) null))))
                .andExpect(jsonPath("$.items[*].psychosis", not(hasItem(false))));
        mvc.perform(get("/api/v1/courses").param("status", "SOMETIMES").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson(TestData.nationalId(), "V.C. 1955", kronstad, LocalDate.now(), "F22")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.course.id");
        String change = """
                {"version": 0, "unitId": "%s", "startDate": "%s", "diagnosisCode": "F23",
                 "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}""".formatted(kronstad, LocalDate.now());
        mvc.perform(put("/api/v1/courses/" + id).with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/courses/" + id).with(httpBasic("koordinator", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(change.replace("F23", "F29")))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select diagnosis_code from treatment_course where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("F23");
    }

    @Test
    void endingBeforeTheStartOrInTheFutureIsRefused() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        var row = jdbc.sql("select start_date, version from treatment_course where id = ?").param(course)
                .query((rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)}).single();
        mvc.perform(post("/api/v1/courses/" + course + "/end").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"endDate\": \"%s\", \"endReason\": \"DISCHARGED\"}".formatted(row[1],
                                ((LocalDate) row[0]).minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(post("/api/v1/courses/" + course + "/end").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"endDate\": \"%s\", \"endReason\": \"DISCHARGED\"}".formatted(row[1],
                                LocalDate.now().plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
    }

    @Test
    void rolesWithoutNeedToKnowGetNoCourses() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/courses").with(httpBasic("leder", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(courseJson(TestData.nationalId(), "L.D. 1977", kronstad, LocalDate.now(), "F20")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/courses")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/courses'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/patients'].post").exists());
    }

    static String courseJson(String nationalId, String label, UUID unit, LocalDate start, String diagnosis) {
        return """
                {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "%s", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(nationalId, label, unit, start, diagnosis);
    }
}
