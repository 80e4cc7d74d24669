package no.sammen.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Headers on every answer, and the API documentation open in the default profile. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Test
    void everyAnswerTurnsOffBrowserFeaturesSammenDoesNotUse() throws Exception {
        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {get("/login"), get("/"),
                get("/api/v1/courses"), get("/api/v1/courses").with(httpBasic("nobody-at-all", "wrong-password-1")),
                get("/assets/css/sammen.css"), get("/no/such/page")}) {
            mvc.perform(request).andExpect(header().string("Permissions-Policy",
                    Matchers.allOf(Matchers.containsString("camera=()"), Matchers.containsString("microphone=()"),
                            Matchers.containsString("geolocation=()"), Matchers.containsString("payment=()"))));
        }
    }

    @Test
    void theApiDocumentationIsOpenInTheDefaultProfileAndDescribesBothLogins() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.paths['/api/v1/tokens'].post").exists());
    }
}
