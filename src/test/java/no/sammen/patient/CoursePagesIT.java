package no.sammen.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CoursePagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrongNationalIdIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from patient").query(Long.class).single();
        String wrong = TestData.withWrongCheckDigit(TestData.nationalId());
        mvc.perform(post("/courses").with(user("behandler")).with(csrf())
                        .param("nationalId", wrong).param("displayLabel", "W.R. 1981")
                        .param("unitId", TestData.unitId(jdbc, "Kronstad sengepost").toString())
                        .param("startDate", LocalDate.now().toString()).param("diagnosisCode", "F20")
                        .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nationalId-error\"")))
                .andExpect(content().string(containsString("kontrollsifrene stemmer ikke")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(jdbc.sql("select count(*) from patient").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aGoodRegistrationRedirectsToTheCoursePage() throws Exception {
        String nationalId = TestData.nationalId();
        String location = mvc.perform(post("/courses").with(user("behandler")).with(csrf())
                        .param("nationalId", nationalId).param("displayLabel", "G.R. 1983")
                        .param("unitId", TestData.unitId(jdbc, "Kronstad poliklinikk").toString())
                        .param("startDate", LocalDate.now().toString()).param("diagnosisCode", "F23.1")
                        .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/courses/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).doesNotContain(nationalId);
        mvc.perform(get(location).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("G.R. 1983")))
                .andExpect(content().string(containsString("Ordinært")))
                .andExpect(content().string(not(containsString(nationalId))));
    }

    @Test
    void theMedicationFreePathwayIsNotChosenOnRegistrationButByTheAssessment() throws Exception {
        mvc.perform(post("/courses").with(user("behandler")).with(csrf())
                        .param("nationalId", TestData.nationalId()).param("displayLabel", "Refused M.F. 1984")
                        .param("unitId", TestData.unitId(jdbc, "Kronstad poliklinikk").toString())
                        .param("startDate", LocalDate.now().toString()).param("diagnosisCode", "F23.1")
                        .param("legalStatus", "VOLUNTARY").param("pathway", "MEDICATION_FREE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pathway-error\"")))
                .andExpect(content().string(containsString("vurderingen av kriteriene")));
        assertThat(jdbc.sql("select count(*) from patient where display_label = 'Refused M.F. 1984'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRegistrationFormNeedsACsrfToken() throws Exception {
        mvc.perform(post("/courses").with(user("behandler")).param("displayLabel", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCourseOfAnotherUnitIsNotFound() throws Exception {
        UUID voss = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk");
        mvc.perform(get("/courses/" + voss).with(user("behandler")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"not-found\"")));
        mvc.perform(get("/courses/" + voss + "/edit").with(user("behandler")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/courses/" + voss).with(user("behandler2")))
                .andExpect(status().isOk());
    }

    @Test
    void theListSearchesByDisplayLabelAndAnswersHtmxWithTheResultsOnly() throws Exception {
        mvc.perform(get("/courses").param("q", "zzz-no-such-label").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-courses\"")));
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        String label = jdbc.sql("""
                select p.display_label from treatment_course c join patient p on p.id = c.patient_id
                where c.id = ?""").param(course).query(String.class).single();
        mvc.perform(get("/courses").param("q", label).header("HX-Request", "true").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(label)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theListIsPagedKeepingTheFilters() throws Exception {
        for (int i = 0; i <= CourseQuery.DEFAULT_SIZE; i++) {
            TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        }
        mvc.perform(get("/courses").param("status", "ACTIVE").with(user("behandler")))
                .andExpect(content().string(containsString("id=\"next-page\"")))
                .andExpect(content().string(containsString("status=ACTIVE")));
    }

    @Test
    void personLevelPagesAreNotCachedAndCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/courses").with(user("behandler")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void theLanguageIsBokmaalByDefaultAndTheChoiceIsRemembered() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("lang=\"nb\"")))
                .andExpect(content().string(containsString("Brukernavn")));
        Cookie chosen = mvc.perform(get("/login").param("lang", "nn"))
                .andExpect(content().string(containsString("Brukarnamn")))
                .andExpect(cookie().value("sammen-lang", "nn"))
                .andReturn().getResponse().getCookie("sammen-lang");
        mvc.perform(get("/login").cookie(chosen))
                .andExpect(content().string(containsString("lang=\"nn\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Username")));
    }

    @Test
    void leadersReadButDoNotRegisterAndAnalystsSeeNoCourses() throws Exception {
        mvc.perform(get("/courses").with(user("leder"))).andExpect(status().isOk());
        mvc.perform(get("/courses/new").with(user("leder"))).andExpect(status().isForbidden());
        mvc.perform(get("/courses").with(user("analytiker"))).andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/courses")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyTheHealthEndpointOfActuatorIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(user("behandler"))).andExpect(status().isForbidden());
    }
}
