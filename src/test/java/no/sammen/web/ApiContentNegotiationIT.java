package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A request whose answer cannot be given in a format the caller accepts is refused before any work is
 * done: a write answered 406 has stored nothing, so a client that retries it creates no duplicate.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiContentNegotiationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    BadInputFixtures fixtures;

    @BeforeEach
    void fixtures() throws Exception {
        fixtures = BadInputFixtures.create(mvc, jdbc, 1);
    }

    @Test
    void aNetworkMemberAnswered406IsNotStored() throws Exception {
        UUID course = fixtures.courseIds.get(0);
        String member = "{\"relation\": \"FATHER\", \"name\": \"Ola\", \"closestRelative\": false}";
        Map<String, Long> before = BadInputFixtures.rowCounts(jdbc);

        mvc.perform(post("/api/v1/courses/" + course + "/network/members").with(fixtures.as("CLINICIAN"))
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_XML).content(member))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));

        assertThat(BadInputFixtures.rowCounts(jdbc)).as("nothing stored, nothing audited").isEqualTo(before);
        // The same request accepting JSON is stored: the refusal above was for the format alone.
        mvc.perform(post("/api/v1/courses/" + course + "/network/members").with(fixtures.as("CLINICIAN"))
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(member))
                .andExpect(status().isCreated());
        assertThat(BadInputFixtures.rowCounts(jdbc).get("network_member")).isEqualTo(before.get("network_member") + 1);
    }

    @Test
    void everyApiWriteRefusesAnUnacceptableFormatBeforeDoingAnything() throws Exception {
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                        continue;
                    }
                    String url = pattern.replaceAll("\\{courseId}|\\{id}", fixtures.courseIds.get(0).toString())
                            .replaceAll("\\{memberId}", fixtures.memberIds.get(0).toString())
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    Map<String, Long> before = BadInputFixtures.rowCounts(jdbc);
                    mvc.perform(request(HttpMethod.valueOf(method.name()), url)
                                    .with(url.startsWith("/api/v1/tokens")
                                            // a token is issued only against a password
                                            ? org.springframework.security.test.web.servlet.request
                                                    .SecurityMockMvcRequestPostProcessors.httpBasic(
                                                            fixtures.usernames.get("CLINICIAN"), BadInputFixtures.PASSWORD)
                                            : fixtures.as(url.contains("/audit") || url.contains("/admin/")
                                                    ? "ADMIN" : "CLINICIAN"))
                                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_XML)
                                    .content("{}"))
                            .andExpect(status().isNotAcceptable())
                            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
                    assertThat(BadInputFixtures.rowCounts(jdbc)).as(method + " " + url).isEqualTo(before);
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).as("the API's writes, found in the handler mappings").hasSizeGreaterThan(10)
                .contains("POST /api/v1/courses/{courseId}/network/members", "PUT /api/v1/courses/{id}",
                        "POST /api/v1/audit/verification");
    }
}
