package no.sammen.web;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** API requests that fail before a controller is chosen still get Problem Details; pages do not. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiFallbackProblemIT {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownApiAddressIsAProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Fant ikke"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
        mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "en").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void aNationalIdInAnUnknownAddressIsNotEchoed() throws Exception {
        String answer = mvc.perform(get("/api/v1/patients/01017012345").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(answer).doesNotContain("01017012345").contains("/api/v1/patients/");
        String unauthorized = mvc.perform(get("/api/v1/patients/01017012345"))
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(unauthorized).doesNotContain("01017012345");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsAProblemNamingTheMethodsItTakes() throws Exception {
        mvc.perform(delete("/api/v1/indicators").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.title").value("Metoden er ikke tillatt"))
                .andExpect(jsonPath("$.detail").value("Adressen tar imot: GET."));
    }

    @Test
    void aBodyTypeTheAddressDoesNotReadIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/spc").contentType(MediaType.TEXT_PLAIN).content("p")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Innholdstypen støttes ikke"));
    }

    @Test
    void aMissingParameterIsAProblemNamingIt() throws Exception {
        mvc.perform(get("/api/v1/indicators/K1/values.csv?from=2024-01-01").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.detail").value("to: mangler."));
    }

    @Test
    void anUnknownPageIsStillAnHtmlPage() throws Exception {
        mvc.perform(get("/no-such-page").with(user("leder")))
                .andExpect(status().isNotFound())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentType())
                        .as("left to the error page").isNull());
    }
}
