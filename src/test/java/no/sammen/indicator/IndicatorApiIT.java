package no.sammen.indicator;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
class IndicatorApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void anyLoggedInRoleReadsTheCatalog() throws Exception {
        for (String user : new String[] {"behandler", "analytiker"}) {
            mvc.perform(get("/api/v1/indicators").with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id").value(
                            contains("K1", "K2", "K2_PATIENT", "K2_RELATIVES", "K2_BOTH", "K3", "K4A", "K4B", "K5A", "K5B", "K6", "K7", "K8", "K9",
                                    "R_CBT", "R_FAMILY_PSYCHOEDUCATION", "R_IPS")))
                    .andExpect(jsonPath("$[0].names.nn").value("Pårørande kontakta innan tre dagar"))
                    .andExpect(jsonPath("$[0].windowDays").value(3))
                    .andExpect(jsonPath("$[0].exclusions[0]").value("NO_NETWORK"))
                    .andExpect(jsonPath("$[0].greenLevel").value(0.8))
                    .andExpect(jsonPath("$[0].minimumDenominator").value(5))
                    .andExpect(jsonPath("$[5].periodDate").value("END"));
        }
    }

    @Test
    void withoutLoginTheCatalogIsRefused() throws Exception {
        mvc.perform(get("/api/v1/indicators")).andExpect(status().isUnauthorized());
    }
}
