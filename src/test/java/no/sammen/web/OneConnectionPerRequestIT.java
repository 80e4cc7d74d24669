package no.sammen.web;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No request needs two database connections at once. With a pool of one connection, a request that
 * holds one connection and asks for another waits until the pool gives up (two seconds here) and
 * fails; under load the same request deadlocks a pool of any size. Every page and API read the
 * application maps (found from its handler mappings, so that a new one is included by itself) is
 * requested over real HTTP with a logged-in session, with HTTP Basic and with a bearer token, as each
 * role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // Flyway needs a connection of its own besides the one it migrates with: it gets its own.
    "spring.datasource.url=" + OneConnectionPerRequestIT.URL,
    "spring.flyway.url=" + OneConnectionPerRequestIT.URL,
    "spring.flyway.user=${SPRING_DATASOURCE_USERNAME:sa}",
    "spring.flyway.password=${SPRING_DATASOURCE_PASSWORD:}",
    "spring.datasource.hikari.maximum-pool-size=1",
    "spring.datasource.hikari.minimum-idle=1",
    "spring.datasource.hikari.connection-timeout=2000"})
@ActiveProfiles("test")
class OneConnectionPerRequestIT {

    /** The database of the other tests: CI's PostgreSQL, or an in-memory H2 of this test's own. */
    static final String URL = "${SPRING_DATASOURCE_URL:jdbc:h2:mem:sammen-one-connection;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyGetAnswersWithOneConnectionForEveryRole() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        Map<String, String> values = Map.of("id", course.toString(), "courseId", course.toString(),
                "unitId", unit.toString(), "unit", unit.toString(), "indicatorId", "K1");
        Set<String> paths = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                String path = fill(pattern, values);
                if (path != null && !path.startsWith("/error") && !path.contains("logout")) {
                    paths.add(path);
                }
            }
        }
        assertThat(paths).contains("/courses", "/worklist", "/api/v1/courses/" + course, "/admin/users");

        List<String> failures = new ArrayList<>();
        for (String username : List.of("behandler", "leder", "analytiker", "admin")) {
            HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            login(session, username);
            String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                    .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).isEqualTo(201);
            String bearer = "Bearer " + com.jayway.jsonpath.JsonPath.read(issued.body(), "$.token");
            for (String path : paths) {
                HttpResponse<String> page = session.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() >= 500) {
                    failures.add(username + " (session) GET " + path + " -> " + page.statusCode());
                }
                if (path.startsWith("/api/")) {
                    for (String authorization : List.of(basic, bearer)) {
                        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                                .header("Authorization", authorization).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (api.statusCode() >= 500) {
                            failures.add(username + " (" + authorization.split(" ")[0] + ") GET " + path + " -> "
                                    + api.statusCode());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void login(HttpClient client, String username) throws Exception {
        String page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The path with its variables filled in, or null when one of them is unknown here. */
    private static String fill(String pattern, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).split(":")[0];
            if (!values.containsKey(name)) {
                return null;
            }
            m.appendReplacement(path, values.get(name));
        }
        m.appendTail(path);
        return path.toString().contains("*") ? null : path.toString();
    }
}
