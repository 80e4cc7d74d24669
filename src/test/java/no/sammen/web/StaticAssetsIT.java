package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served under {@code /assets/} and {@code /webjars/} only. Under the default
 * {@code /**} pattern every link a page writes (a course list writes a hundred) was looked up on the
 * classpath as a possible static file on every request, which cost a busy unit a sixth of the server's
 * processor time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaticAssetsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void theStylesheetScriptsAndHtmxAreServedWithoutLogin() throws Exception {
        mvc.perform(get("/assets/css/sammen.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/assets/js/copy.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/assets/css/sammen.css")));
    }

    @Test
    void aPagesLinksAreNotLookedUpAsStaticFiles() {
        assertThat(resourceUrls.getHandlerMap()).containsKeys("/assets/**", "/webjars/**").doesNotContainKey("/**");
        assertThat(resourceUrls.getForLookupPath("/courses/3f1c2a8e-0000-4000-8000-000000000001")).isNull();
    }
}
