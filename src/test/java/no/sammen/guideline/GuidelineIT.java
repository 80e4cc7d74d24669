package no.sammen.guideline;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GuidelineIT {

    @Autowired
    MockMvc mvc;

    @Test
    void everyRoleReadsTheCatalogAsJsonWithEvidenceLevelAndGrade() throws Exception {
        for (String user : new String[] {"behandler", "analytiker", "admin"}) {
            mvc.perform(get("/api/v1/guideline").with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.recommendations", hasSize(11)))
                    .andExpect(jsonPath("$.recommendations[2].id").value("CBT_PSYCHOSIS"))
                    .andExpect(jsonPath("$.recommendations[2].evidenceLevel").value("1a"))
                    .andExpect(jsonPath("$.recommendations[2].grade").value("A"))
                    .andExpect(jsonPath("$.recommendations[1].evidenceLevel").value("4"))
                    .andExpect(jsonPath("$.recommendations[4].answeredBy").value("FAMILY_CONTACT_WITHIN_THREE_DAYS"))
                    .andExpect(jsonPath("$.recommendations[9].names.nn").value("Individuell jobbstøtte (IPS)"))
                    .andExpect(jsonPath("$.recommendations[10].pathways[0]").value("ORDINARY"));
        }
    }

    @Test
    void anUnknownCatalogVersionIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/guideline").param("catalogVersion", "7").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("catalogVersion"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Kjente versjoner: [1]")));
        mvc.perform(get("/api/v1/guideline").param("catalogVersion", "1").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void thePageListsPrinciplesAndMeasuresWithTheirEvidenceInTheUsersLanguage() throws Exception {
        mvc.perform(get("/guideline").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anbefalinger i retningslinjen for psykoselidelser")))
                .andExpect(content().string(containsString("id=\"recommendation-CBT_PSYCHOSIS\"")))
                .andExpect(content().string(containsString("Kognitiv atferdsterapi ved psykose")))
                .andExpect(content().string(containsString("Prinsipper for all behandling")))
                .andExpect(content().string(containsString("id=\"nav-guideline\"")));
        mvc.perform(get("/guideline").param("lang", "en").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cognitive behavioural therapy for psychosis")))
                .andExpect(content().string(containsString("Evidence level")));
    }

    @Test
    void withoutLoginTheCatalogIsRefused() throws Exception {
        mvc.perform(get("/api/v1/guideline")).andExpect(status().isUnauthorized());
        mvc.perform(get("/guideline")).andExpect(status().is3xxRedirection());
    }
}
