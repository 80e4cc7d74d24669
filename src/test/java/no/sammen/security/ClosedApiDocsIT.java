package no.sammen.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Outside the default profile ({@code sammen.security.public-api-docs=false}) the API documentation needs a login. */
@SpringBootTest(properties = "sammen.security.public-api-docs=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClosedApiDocsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Test
    void theApiDocumentationAndSwaggerUiNeedALogin() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                "/swagger-ui/index.html"}) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        String analyst = new SecurityFixtures(jdbc, users).user(java.util.Set.of(), Role.ANALYST);
        mvc.perform(get("/v3/api-docs").with(user(analyst))).andExpect(status().isOk());
    }
}
