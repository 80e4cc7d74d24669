package no.sammen.security;

import static no.sammen.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bearer tokens on the API: issued once with a password, then used without it, until they end. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ApiTokenIT.MovableClock.class)
class ApiTokenIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    MovableClock clock;

    SecurityFixtures fixtures;
    UUID unit;
    String clinician;

    /** The application's clock, moved forward by a test. */
    @TestConfiguration
    static class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        @Bean
        @Primary
        MovableClock movableClock() {
            return this;
        }

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Oslo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @BeforeEach
    void setUp() {
        fixtures = new SecurityFixtures(jdbc, users);
        unit = fixtures.unit();
        clinician = fixtures.user(Set.of(unit), Role.CLINICIAN);
    }

    @Test
    void aTokenIsIssuedOnceWithThePasswordAndThenAuthenticatesWithoutIt() throws Exception {
        Instant before = clock.instant();
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(clinician, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(900))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(Duration.between(before, expiresAt)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(16));

        // Only the hash is stored.
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(ApiTokenService.hash(token))
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class)
                .single()).isZero();

        mvc.perform(get("/api/v1/courses").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/courses").header(HttpHeaders.AUTHORIZATION, "bearer " + token))
                .andExpect(status().isOk());
        // HTTP Basic still works for a single call.
        mvc.perform(get("/api/v1/courses").with(httpBasic(clinician, PASSWORD))).andExpect(status().isOk());

        assertThat(jdbc.sql("""
                select details from audit_entry where object_type = 'api_token' and action = 'CREATE' and actor = ?""")
                .param(clinician).query(String.class).list())
                .singleElement().asString().contains("issued to " + clinician).doesNotContain(token);
    }

    @Test
    void aTokenEndsWhenItExpires() throws Exception {
        String token = issue(clinician);
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(bearer(get("/api/v1/courses"), token)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(bearer(get("/api/v1/courses"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE,
                        org.hamcrest.Matchers.hasItem(containsString("invalid_token"))));
    }

    @Test
    void aRevokedTokenEndsAtOnceAndTheRevocationIsAudited() throws Exception {
        String token = issue(clinician);
        String other = issue(clinician);
        mvc.perform(bearer(delete("/api/v1/tokens/current"), token)).andExpect(status().isNoContent());
        mvc.perform(bearer(get("/api/v1/courses"), token)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(delete("/api/v1/tokens/current"), token)).andExpect(status().isUnauthorized());
        // Only that token.
        mvc.perform(bearer(get("/api/v1/courses"), other)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select details from audit_entry where object_type = 'api_token' and action = 'UPDATE' and actor = ?""")
                .param(clinician).query(String.class).list())
                .singleElement().asString().contains("revoked");
        // Without a token there is no current token to revoke.
        mvc.perform(delete("/api/v1/tokens/current").with(httpBasic(clinician, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void tokensEndWhenTheAccountIsDisabledItsPasswordOrItsRolesChange() throws Exception {
        String disabledToken = issue(clinician);
        change(clinician, false, null, Role.CLINICIAN);
        mvc.perform(bearer(get("/api/v1/courses"), disabledToken)).andExpect(status().isUnauthorized());
        change(clinician, true, null, Role.CLINICIAN);
        mvc.perform(bearer(get("/api/v1/courses"), disabledToken)).andExpect(status().isUnauthorized());

        String passwordToken = issue(clinician);
        change(clinician, true, "another-password-2026", Role.CLINICIAN);
        mvc.perform(bearer(get("/api/v1/courses"), passwordToken)).andExpect(status().isUnauthorized());

        String roleToken = issue(clinician, "another-password-2026");
        change(clinician, true, null, Role.CLINICIAN, Role.LEADER);
        mvc.perform(bearer(get("/api/v1/courses"), roleToken)).andExpect(status().isUnauthorized());
        // A new token has the roles of now.
        String admin = fixtures.user(Set.of(), Role.ADMIN);
        String adminToken = issue(admin);
        mvc.perform(bearer(get("/api/v1/audit"), adminToken)).andExpect(status().isOk());
        change(admin, true, null, Role.ANALYST);
        mvc.perform(bearer(get("/api/v1/audit"), adminToken)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/audit"), issue(admin))).andExpect(status().isForbidden());
    }

    @Test
    void badMissingOrMisusedTokensGetProblemDetails() throws Exception {
        for (String value : new String[] {"Bearer ", "Bearer not-a-token", "Bearer " + "x".repeat(5000),
                "Bearer " + UUID.randomUUID()}) {
            mvc.perform(get("/api/v1/courses").header(HttpHeaders.AUTHORIZATION, value))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/v1/courses"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/tokens").with(httpBasic(clinician, "wrong-password"))
                        .with(SecurityFixtures.from("10.9.0.1")))
                .andExpect(status().isUnauthorized());

        // A token cannot issue the next one: that would make it last for ever.
        String token = issue(clinician);
        mvc.perform(bearer(post("/api/v1/tokens"), token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        long tokens = jdbc.sql("select count(*) from api_token").query(Long.class).single();
        mvc.perform(post("/api/v1/tokens").with(httpBasic(clinician, PASSWORD)).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(clinician, PASSWORD))
                        .contentType(MediaType.APPLICATION_XML).content("<token/>"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/tokens").with(httpBasic(clinician, PASSWORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(tokens + 1);

        // Tokens are for the API only; pages keep their login.
        mvc.perform(bearer(get("/courses"), token)).andExpect(status().isFound());
    }

    private String issue(String username) throws Exception {
        return issue(username, PASSWORD);
    }

    private String issue(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, password)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private void change(String username, boolean enabled, String newPassword, Role... roles) {
        users.update(fixtures.id(username), fixtures.version(username), new UserAdminService.UserChange(
                "Test " + username, enabled, Set.of(roles), Set.of(unit), newPassword));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
