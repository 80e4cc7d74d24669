package no.sammen.patient;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

/**
 * A patient is shared by the units of a trust, but a user learns nothing of the patient's courses in
 * units they do not belong to: registering a person that Kronstad treats, a Voss clinician gets the
 * answer of a new patient and the label they typed, while the pseudonymous patient is the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OtherUnitsPatientIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID kronstad;
    UUID voss;

    @BeforeEach
    void setUp() {
        kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        voss = TestData.unitId(jdbc, "Voss poliklinikk");
    }

    @Test
    void theApiNeitherSaysThatAnotherUnitKnowsThePatientNorShowsItsLabel() throws Exception {
        String nationalId = TestData.nationalId();
        String kronstadCourse = JsonPath.read(mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(courseJson(nationalId, "KR 1961", kronstad)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.existingPatient").value(false))
                .andReturn().getResponse().getContentAsString(), "$.course.id");
        String patientKey = jdbc.sql("select p.pseudonym from patient p join treatment_course c on c.patient_id = p.id"
                + " where c.id = ?").param(UUID.fromString(kronstadCourse)).query(String.class).single();

        String asVoss = mvc.perform(post("/api/v1/patients").with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(patientJson(nationalId, "VO 1961", voss)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existing").value(false))
                .andExpect(jsonPath("$.displayLabel").value("VO 1961"))
                .andExpect(jsonPath("$.patientKey").value(patientKey))
                .andReturn().getResponse().getContentAsString();
        assertThat(asVoss).doesNotContain("KR 1961");

        String vossCourse = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(courseJson(nationalId, "VO 1961", voss)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existingPatient").value(false))
                .andExpect(jsonPath("$.course.displayLabel").value("VO 1961"))
                .andExpect(jsonPath("$.course.patientKey").value(patientKey))
                .andReturn().getResponse().getContentAsString();
        assertThat(vossCourse).doesNotContain("KR 1961");
        assertThat(jdbc.sql("select count(*) from patient where pseudonym = ?").param(patientKey)
                .query(Long.class).single()).isEqualTo(1);

        // each unit keeps its own label, in the course, the list and the search
        mvc.perform(get("/api/v1/courses/" + kronstadCourse).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.displayLabel").value("KR 1961"));
        mvc.perform(get("/api/v1/courses").param("q", "VO 1961").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].displayLabel").value("VO 1961"));
        mvc.perform(get("/api/v1/courses").param("q", "KR 1961").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(jsonPath("$.items.length()").value(0));

        // in the unit that knows the patient, the patient is known, with that unit's label
        mvc.perform(post("/api/v1/patients").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(patientJson(nationalId, "Other 1961", kronstad)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.existing").value(true))
                .andExpect(jsonPath("$.displayLabel").value("KR 1961"));
    }

    @Test
    void theRegistrationPageAnswersAsForANewPatient() throws Exception {
        String nationalId = TestData.nationalId();
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(courseJson(nationalId, "KR 1962", kronstad)))
                .andExpect(status().isCreated());

        String location = mvc.perform(post("/courses").with(user("behandler2")).with(csrf())
                        .param("nationalId", nationalId).param("displayLabel", "VO 1962")
                        .param("unitId", voss.toString()).param("startDate", LocalDate.now().toString())
                        .param("diagnosisCode", "F20").param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "patient.course.registered"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(user("behandler2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("VO 1962").doesNotContain("KR 1962");
    }

    private static String patientJson(String nationalId, String label, UUID unit) {
        return """
                {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s"}""".formatted(nationalId, label, unit);
    }

    private static String courseJson(String nationalId, String label, UUID unit) {
        return """
                {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(nationalId, label, unit, LocalDate.now().minusDays(2));
    }
}
