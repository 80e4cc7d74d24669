package no.sammen.security;

import static no.sammen.security.SecurityFixtures.PASSWORD;
import static no.sammen.security.SecurityFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No request needs two database connections at once: with a pool of one connection, pages and API
 * calls (HTTP Basic and bearer) still answer. A request that held one connection while asking for a
 * second would wait for itself until the pool's timeout and fail (as reading the account through
 * the repository outside a transaction did). (The pool is
 * shrunk after the start, because Flyway itself takes two connections while it migrates.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OneConnectionPerRequestIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    DataSource dataSource;

    private int poolSize;
    private long connectionTimeout;

    @BeforeEach
    void oneConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        poolSize = pool.getHikariConfigMXBean().getMaximumPoolSize();
        connectionTimeout = pool.getHikariConfigMXBean().getConnectionTimeout();
        pool.getHikariConfigMXBean().setMaximumPoolSize(1);
        pool.getHikariConfigMXBean().setConnectionTimeout(250);
        pool.getHikariPoolMXBean().softEvictConnections();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pool.getHikariPoolMXBean().getTotalConnections() > 1 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(1);
    }

    @AfterEach
    void restore() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        pool.getHikariConfigMXBean().setMaximumPoolSize(poolSize);
        pool.getHikariConfigMXBean().setConnectionTimeout(connectionTimeout);
    }

    @Test
    void pagesAndApiCallsAnswerWithAPoolOfOneConnection() throws Exception {
        SecurityFixtures fixtures = new SecurityFixtures(jdbc, users);
        UUID unit = fixtures.unit();
        String clinician = fixtures.user(Set.of(unit), Role.CLINICIAN);
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic(clinician, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "O.C. 1970", "unitId": "%s",
                                 "startDate": "2026-10-01", "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY",
                                 "pathway": "ORDINARY"}""".formatted(TestData.nationalId(), unit)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String course = JsonPath.read(body, "$.course.id");

        MockHttpSession session = login(mvc, clinician, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isFound());
        for (String page : new String[] {"/courses", "/courses/" + course, "/worklist", "/courses/new"}) {
            mvc.perform(get(page).session(session)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/courses/{id}", course).with(httpBasic(clinician, PASSWORD)))
                .andExpect(status().isOk());
        String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(clinician, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(get("/api/v1/courses/{id}", course).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/courses").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
    }
}
