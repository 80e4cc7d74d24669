package no.sammen.security;

import static no.sammen.security.SecurityFixtures.PASSWORD;
import static no.sammen.security.SecurityFixtures.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Password guessing is slowed by username and by source address, and no answer tells whether a
 * username exists or is held back. Each test sends its failures from an address of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LoginThrottleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    SecurityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SecurityFixtures(jdbc, users);
    }

    @Test
    void aUsernameIsHeldBackAfterRepeatedWrongPasswords() throws Exception {
        String leader = fixtures.user(Set.of(), Role.LEADER);
        String other = fixtures.user(Set.of(), Role.LEADER);
        mvc.perform(login(leader, PASSWORD).with(from("10.1.0.1"))).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(leader, "wrong-" + i).with(from("10.1.0." + (2 + i))))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Now even the right password is refused, with the same answer as a wrong one, from anywhere.
        mvc.perform(login(leader, PASSWORD).with(from("10.1.0.20")))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/courses").with(httpBasic(leader, PASSWORD)).with(from("10.1.0.21")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(401));
        // Other users are not affected.
        mvc.perform(login(other, PASSWORD).with(from("10.1.0.22"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void knownUnknownDisabledAndHeldBackUsernamesGetTheSameAnswer() throws Exception {
        String known = fixtures.user(Set.of(), Role.LEADER);
        String disabled = fixtures.user(Set.of(), Role.LEADER);
        users.update(fixtures.id(disabled), fixtures.version(disabled),
                new UserAdminService.UserChange("Test " + disabled, false, Set.of(Role.LEADER), Set.of(), null));
        String heldBack = fixtures.user(Set.of(), Role.LEADER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(heldBack, "wrong-" + i).with(from("10.2.0." + i)));
        }
        String unknown = "no-such-user-" + UUID.randomUUID();

        List<MockHttpServletResponse> form = new ArrayList<>();
        form.add(answer(login(known, "wrong-password").with(from("10.2.1.1"))));
        form.add(answer(login(unknown, "wrong-password").with(from("10.2.1.2"))));
        form.add(answer(login(disabled, PASSWORD).with(from("10.2.1.3"))));
        form.add(answer(login(heldBack, PASSWORD).with(from("10.2.1.4"))));
        assertThat(form).allSatisfy(r -> assertSameAnswer(r, form.get(0)));
        assertThat(form.get(0).getRedirectedUrl()).isEqualTo("/login?error");

        List<MockHttpServletResponse> api = new ArrayList<>();
        api.add(answer(get("/api/v1/courses").with(httpBasic(known, "wrong-password")).with(from("10.2.2.1"))));
        api.add(answer(get("/api/v1/courses").with(httpBasic(unknown, "wrong-password")).with(from("10.2.2.2"))));
        api.add(answer(get("/api/v1/courses").with(httpBasic(disabled, PASSWORD)).with(from("10.2.2.3"))));
        api.add(answer(get("/api/v1/courses").with(httpBasic(heldBack, PASSWORD)).with(from("10.2.2.4"))));
        assertThat(api).allSatisfy(r -> assertSameAnswer(r, api.get(0)));
        assertThat(api.get(0).getStatus()).isEqualTo(401);
        assertThat(api.get(0).getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
    }

    @Test
    void oneAddressIsHeldBackAfterRepeatedFailuresAcrossUsernames() throws Exception {
        String victim = fixtures.user(Set.of(), Role.LEADER);
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("guess-" + i + "-" + UUID.randomUUID(), "wrong")
                    .with(from("10.3.0.1"))).andExpect(redirectedUrl("/login?error"));
        }
        // The address may no longer log in, even with a right password ...
        mvc.perform(login(victim, PASSWORD).with(from("10.3.0.1")))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/courses").with(httpBasic(victim, PASSWORD)).with(from("10.3.0.1")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(401));
        // ... and could lock no username on its way: at most four per lock period, none here.
        mvc.perform(login(victim, PASSWORD).with(from("10.3.0.2"))).andExpect(redirectedUrl("/"));
    }

    /** The login form as a browser posts it. */
    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertSameAnswer(MockHttpServletResponse actual, MockHttpServletResponse expected)
            throws Exception {
        assertThat(actual.getStatus()).isEqualTo(expected.getStatus());
        assertThat(actual.getRedirectedUrl()).isEqualTo(expected.getRedirectedUrl());
        assertThat(actual.getContentAsByteArray()).isEqualTo(expected.getContentAsByteArray());
        for (String header : expected.getHeaderNames()) {
            if (!header.equalsIgnoreCase("Set-Cookie")) {
                assertThat(actual.getHeaders(header)).as(header).isEqualTo(expected.getHeaders(header));
            }
        }
        assertThat(actual.getHeaderNames()).containsExactlyInAnyOrderElementsOf(expected.getHeaderNames());
    }
}
