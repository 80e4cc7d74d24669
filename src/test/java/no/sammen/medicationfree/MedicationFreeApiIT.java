package no.sammen.medicationfree;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The medication-free pathway through the API: an assessment with a criterion not met is refused
 * naming it and recorded, one with all met chooses the pathway; the course's own form cannot choose
 * it; compulsory care on a medication-free course asks what happens and records it; only the units'
 * clinicians reach any of it; every change is audited; the journal audit's query finds the course.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MedicationFreeApiIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MedicationFreeCourses medicationFreeCourses;

    @AfterEach
    void noUser() {
        SecurityContextHolder.clearContext();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String url(UUID course) {
        return "/api/v1/courses/" + course + "/medication-free";
    }

    private long courseVersion(UUID course) {
        return jdbc.sql("select version from treatment_course where id = ?").param(course).query(Long.class).single();
    }

    private String pathway(UUID course) {
        return jdbc.sql("select pathway from treatment_course where id = ?").param(course).query(String.class).single();
    }

    private long assessments(UUID course) {
        return jdbc.sql("select count(*) from medication_free_assessment where course_id = ?").param(course)
                .query(Long.class).single();
    }

    private long audited(String objectType, String detailsLike) {
        return jdbc.sql("select count(*) from audit_entry where object_type = ? and details like ?")
                .params(objectType, detailsLike).query(Long.class).single();
    }

    private String answers(UUID course, boolean capacity) {
        return """
                {"courseVersion": %d, "assessedOn": "%s", "wantsNonMedication": true, "professionallySound": true,
                 "capacityToConsent": %s, "noRisk": true, "note": "Samvalg med pasienten"}"""
                .formatted(courseVersion(course), TODAY.minusDays(1), capacity);
    }

    @Test
    void aCriterionNotMetIsRefusedNamingItAndRecordedThenAllMetChoosesThePathway() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");

        mvc.perform(json(post(url(course) + "/assessments"), "behandler", answers(course, false))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("capacityToConsent"))
                .andExpect(jsonPath("$.errors[0].message", containsString("capacity to consent")));
        assertThat(pathway(course)).isEqualTo("ORDINARY");
        assertThat(assessments(course)).as("the refused assessment is recorded").isEqualTo(1);
        assertThat(audited("medication_free_assessment", "course " + course + ", not eligible: [capacityToConsent]"))
                .isEqualTo(1);

        String created = mvc.perform(json(post(url(course) + "/assessments"), "behandler", answers(course, true)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.unmet", hasSize(0)))
                .andExpect(jsonPath("$.clinicianName").value("Ingrid Haugland"))
                .andReturn().getResponse().getContentAsString();
        assertThat(pathway(course)).isEqualTo("MEDICATION_FREE");
        assertThat(audited("treatment_course", "pathway MEDICATION_FREE; eligibility assessment "
                + JsonPath.read(created, "$.id") + "%")).isEqualTo(1);
        assertThat(jdbc.sql("select medication_free_chosen_on from course_fact where course_id = ?").param(course)
                .query(LocalDate.class).single()).isEqualTo(TODAY.minusDays(1));

        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pathway").value("MEDICATION_FREE"))
                .andExpect(jsonPath("$.assessments", hasSize(2)))
                .andExpect(jsonPath("$.assessments[0].eligible").value(false))
                .andExpect(jsonPath("$.assessments[0].unmet[0]").value("capacityToConsent"))
                .andExpect(jsonPath("$.assessments[1].eligible").value(true));
        mvc.perform(get(url(course) + "/assessments/" + JsonPath.read(created, "$.id") + "/phrase?standard=NYNORSK")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text", containsString("Alle kriteria er oppfylte")))
                .andExpect(jsonPath("$.text", containsString("psykoseliding (F20.0)")));
    }

    @Test
    void psychosisAndVoluntaryCareAreReadFromTheCourse() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad poliklinikk");
        String body = mvc.perform(json(post("/api/v1/courses"), "behandler", """
                        {"nationalId": "%s", "displayLabel": "D.P. 1979", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F32.2", "legalStatus": "COMPULSORY", "pathway": "ORDINARY"}"""
                        .formatted(TestData.nationalId(), unit, TODAY.minusDays(5))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID course = UUID.fromString(JsonPath.read(body, "$.course.id"));

        mvc.perform(json(post(url(course) + "/assessments"), "behandler", answers(course, true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("psychosis"))
                .andExpect(jsonPath("$.errors[1].field").value("voluntary"));
        assertThat(pathway(course)).isEqualTo("ORDINARY");
    }

    @Test
    void missingAnswersAreNamedAndNothingIsStored() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        mvc.perform(json(post(url(course) + "/assessments"), "behandler", """
                        {"courseVersion": %d, "assessedOn": "%s", "wantsNonMedication": true,
                         "note": "12345678901 x"}""".formatted(courseVersion(course), TODAY.plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sammen:problem:validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'assessedOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'professionallySound')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'capacityToConsent')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'noRisk')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'note')]").exists());
        assertThat(assessments(course)).isZero();

        mvc.perform(json(post(url(course) + "/assessments"), "behandler", """
                        {"courseVersion": %d, "assessedOn": "%s", "wantsNonMedication": true, "professionallySound": true,
                         "capacityToConsent": true, "noRisk": true}""".formatted(courseVersion(course) + 1,
                        TODAY)))
                .andExpect(status().isConflict());
        assertThat(assessments(course)).as("a course changed since it was read is not assessed").isZero();
    }

    @Test
    void onlyTheUnitsCliniciansReachThePathway() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        mvc.perform(json(post(url(course) + "/assessments"), "behandler2", answers(course, true)))
                .andExpect(status().isNotFound());
        mvc.perform(get(url(course)).with(httpBasic("behandler2", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(url(course)).with(httpBasic("analytiker", PASSWORD))).andExpect(status().isNotFound());
        assertThat(assessments(course)).isZero();
        assertThat(pathway(course)).isEqualTo("ORDINARY");
    }

    @Test
    void theCourseFormCannotChooseThePathway() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        mvc.perform(json(put("/api/v1/courses/" + course), "behandler", change(course, "VOLUNTARY", "MEDICATION_FREE", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pathway"));
        assertThat(pathway(course)).isEqualTo("ORDINARY");
    }

    @Test
    void compulsoryCareAsksWhatHappensToThePathwayAndRecordsTheAnswer() throws Exception {
        UUID course = medicationFreeCourse();
        mvc.perform(json(put("/api/v1/courses/" + course), "behandler", change(course, "COMPULSORY", "MEDICATION_FREE", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pathwayOnCompulsory"));
        mvc.perform(json(put("/api/v1/courses/" + course), "behandler",
                        change(course, "COMPULSORY", "MEDICATION_FREE", ", \"pathwayOnCompulsory\": \"CONTINUE\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pathwayOnCompulsoryReason"));
        assertThat(jdbc.sql("select legal_status from treatment_course where id = ?").param(course)
                .query(String.class).single()).isEqualTo("VOLUNTARY");

        mvc.perform(json(put("/api/v1/courses/" + course), "behandler", change(course, "COMPULSORY", "MEDICATION_FREE",
                        ", \"pathwayOnCompulsory\": \"CONTINUE\", \"pathwayOnCompulsoryReason\": \"Kort innleggelse\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalStatus").value("COMPULSORY"))
                .andExpect(jsonPath("$.pathway").value("MEDICATION_FREE"));
        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.changes", hasSize(1)))
                .andExpect(jsonPath("$.changes[0].kind").value("COMPULSORY_CONTINUED"))
                .andExpect(jsonPath("$.changes[0].reason").value("Kort innleggelse"));
        assertThat(audited("medication_free_pathway_change", "course " + course + ", COMPULSORY_CONTINUED")).isEqualTo(1);
        assertThat(audited("treatment_course", "changed; compulsory care on the medication-free pathway: CONTINUE"))
                .isPositive();
    }

    @Test
    void compulsoryCareMayReturnTheCourseToTheOrdinaryPathway() throws Exception {
        UUID course = medicationFreeCourse();
        mvc.perform(json(put("/api/v1/courses/" + course), "behandler", change(course, "COMPULSORY", "MEDICATION_FREE",
                        ", \"pathwayOnCompulsory\": \"RETURN_TO_ORDINARY\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pathway").value("ORDINARY"));
        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.changes[0].kind").value("COMPULSORY_RETURNED"));
        assertThat(jdbc.sql("select medication_free from course_fact where course_id = ?").param(course)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void theJournalAuditFindsTheUnitsMedicationFreeCoursesAndLogsThem() throws Exception {
        UUID course = medicationFreeCourse();
        UUID unit = TestData.unitId(jdbc, "Kronstad poliklinikk");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("behandler", null, List.of()));
        List<MedicationFreeCourse> found = medicationFreeCourses.list(unit, TODAY.minusDays(30), TODAY, "journal audit test");
        assertThat(found).anySatisfy(c -> {
            assertThat(c.course().id()).isEqualTo(course);
            assertThat(c.chosenOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(c.onPathwayNow()).isTrue();
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and action = 'LIST' and details = ?")
                .params(course.toString(), "medication-free courses: journal audit test").query(Long.class).single())
                .isEqualTo(1);

        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("behandler2", null, List.of()));
        assertThat(medicationFreeCourses.list(unit, TODAY.minusDays(30), TODAY, "other unit")).isEmpty();
    }

    /** A course of Kronstad poliklinikk put on the pathway by an assessment that met every criterion. */
    private UUID medicationFreeCourse() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        mvc.perform(json(post(url(course) + "/assessments"), "behandler", answers(course, true)))
                .andExpect(status().isCreated());
        return course;
    }

    private String change(UUID course, String legalStatus, String pathway, String more) {
        return """
                {"version": %d, "unitId": "%s", "startDate": "%s", "diagnosisCode": "F20.0", "legalStatus": "%s",
                 "pathway": "%s"%s}""".formatted(courseVersion(course),
                jdbc.sql("select unit_id from treatment_course where id = ?").param(course).query(UUID.class).single(),
                TODAY.minusDays(7), legalStatus, pathway, more);
    }
}
