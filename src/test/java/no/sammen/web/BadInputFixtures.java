package no.sammen.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A health trust, clinic and unit of the test's own, a user of every role (the clinical ones members of
 * the unit), and courses with network members, so that the bad-input tests share no rows with others.
 */
final class BadInputFixtures {

    /** Kept in clear ({noop}) so that logging in costs no BCrypt round and the fuzzer stays fast. */
    static final String PASSWORD = "bad-input-" + UUID.randomUUID();

    static final List<String> ROLES = List.of("CLINICIAN", "COORDINATOR", "LEADER", "ANALYST", "ADMIN");

    final UUID unitId;
    final Map<String, String> usernames = new LinkedHashMap<>();
    final List<UUID> courseIds = new ArrayList<>();
    final List<UUID> memberIds = new ArrayList<>();
    /** The national ids the courses were registered with: none may ever come back in an answer. */
    final List<String> nationalIds = new ArrayList<>();

    private BadInputFixtures(UUID unitId) {
        this.unitId = unitId;
    }

    static BadInputFixtures create(MockMvc mvc, JdbcClient jdbc, int courses) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID trust = UUID.randomUUID();
        UUID clinic = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        jdbc.sql("insert into health_trust (id, name, version) values (?, ?, 0)").params(trust, "Trust " + tag).update();
        jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                .params(clinic, trust, "Clinic " + tag).update();
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, phone, implementation_start, active, version)
                values (?, ?, ?, 'INPATIENT', null, ?, true, 0)""")
                .params(unit, clinic, "Unit " + tag, LocalDate.now().minusYears(1)).update();
        BadInputFixtures fixtures = new BadInputFixtures(unit);
        for (String role : ROLES) {
            UUID id = UUID.randomUUID();
            String username = "bad-" + role.toLowerCase() + "-" + tag;
            jdbc.sql("""
                    insert into user_account (id, username, display_name, password_hash, enabled, version)
                    values (?, ?, ?, ?, true, 0)""").params(id, username, "User " + role, "{noop}" + PASSWORD).update();
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
            if (!role.equals("ANALYST") && !role.equals("ADMIN")) {
                jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, unit).update();
            }
            fixtures.usernames.put(role, username);
        }
        for (int i = 0; i < courses; i++) {
            String nationalId = TestData.nationalId();
            String body = mvc.perform(post("/api/v1/courses").with(fixtures.as("CLINICIAN"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"nationalId": "%s", "displayLabel": "F.X. 1980", "unitId": "%s", "startDate": "%s",
                                     "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                    .formatted(nationalId, unit, LocalDate.now().minusDays(20 + i))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            UUID course = UUID.fromString(JsonPath.read(body, "$.course.id"));
            fixtures.courseIds.add(course);
            fixtures.nationalIds.add(nationalId);
            String member = mvc.perform(post("/api/v1/courses/" + course + "/network/members")
                            .with(fixtures.as("CLINICIAN")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"relation\": \"MOTHER\", \"name\": \"Kari\", \"closestRelative\": true}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            fixtures.memberIds.add(UUID.fromString(JsonPath.read(member, "$.id")));
        }
        return fixtures;
    }

    RequestPostProcessor as(String role) {
        return user(usernames.get(role)).roles(role);
    }

    /** Rows in every table of the database, by table: what a request that stores nothing leaves unchanged. */
    static Map<String, Long> rowCounts(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')
                order by table_name""").query(String.class).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            if (table.startsWith("audit_link")) {
                // The chain's links are appended by a background linker, after commits of earlier
                // requests; what a request stores in the log is counted in audit_entry.
                continue;
            }
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
