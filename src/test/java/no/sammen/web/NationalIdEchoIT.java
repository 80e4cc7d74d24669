package no.sammen.web;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A national id in an address never comes back in the error that answers it: not in Problem
 * Details' {@code instance} under /api, not in the error JSON of a page address asked for by a
 * script, not on an error page. Run on a real server too, so that Spring Boot's error handling is in
 * the loop as it is in production.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NationalIdEchoIT {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager()).build();
    boolean loggedIn;

    @Test
    void anApiErrorDoesNotEchoAnIdInItsAddress() throws Exception {
        String id = TestData.nationalId();
        for (String path : List.of("/api/v1/courses/" + id, "/api/v1/indicators/" + id + "/values.csv",
                "/api/v1/courses/" + id + "/network-meetings", "/api/v1/courses/" + id + "/network/members",
                "/api/v1/no-such/" + id)) {
            MvcResult result = mvc.perform(get(path).with(httpBasic("behandler", PASSWORD))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isBetween(400, 499);
            assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(id).contains("***");
        }
    }

    @Test
    void aPageAddressAskedForByAScriptGetsAMaskedProblem() throws Exception {
        String id = TestData.nationalId();
        for (String path : List.of("/courses/" + id, "/no-such-page/" + id, "/courses/" + id + "/edit")) {
            var answer = send(path, "application/json");
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.body()).as(path).doesNotContain(id).contains("***");
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).contains("problem+json");
            var page = send(path, "text/html");
            assertThat(page.body()).as(path).doesNotContain(id);
        }
    }

    @Test
    void theErrorAddressOpenedDirectlyIsNoServerError() throws Exception {
        for (String accept : List.of("text/html", "application/json")) {
            var answer = send("/error", accept);
            assertThat(answer.statusCode()).as(accept).isLessThan(500);
        }
    }

    @Test
    void anErrorPageDoesNotEchoAnIdInItsAddress() throws Exception {
        String id = TestData.nationalId();
        for (String path : List.of("/courses/" + id, "/courses/" + id + "/network-meetings")) {
            MvcResult result = mvc.perform(get(path).with(user("behandler"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isBetween(400, 499);
            assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(id);
        }
    }

    /** A script that logged in through the form and carries the session cookie. */
    private void logIn() throws Exception {
        if (loggedIn) {
            return;
        }
        String form = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(token.find()).isTrue();
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=behandler&password=" + PASSWORD
                        + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        loggedIn = true;
    }

    private java.net.http.HttpResponse<String> send(String path, String accept) throws Exception {
        logIn();
        java.net.http.HttpRequest request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("behandler:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build();
        return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
