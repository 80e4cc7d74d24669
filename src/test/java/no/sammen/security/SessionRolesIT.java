package no.sammen.security;

import static no.sammen.security.SecurityFixtures.PASSWORD;
import static no.sammen.security.SecurityFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change an administrator makes to an account takes effect on the account's next request, in a
 * session that is already open: roles, units, enabled state and password.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionRolesIT {

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
    void aDemotedAdministratorLosesTheAdminPagesAtOnceAndCannotPromoteItselfAgain() throws Exception {
        String demoted = fixtures.user(Set.of(), Role.ADMIN);
        String other = fixtures.user(Set.of(), Role.ADMIN);
        MockHttpSession demotedSession = login(mvc, demoted, PASSWORD);
        MockHttpSession otherSession = login(mvc, other, PASSWORD);
        mvc.perform(get("/admin/users").session(demotedSession)).andExpect(status().isOk());

        mvc.perform(fixtures.edit(otherSession, demoted, true, Set.of(), null, Role.ANALYST))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/admin/users").session(demotedSession)).andExpect(status().isForbidden());
        mvc.perform(fixtures.edit(demotedSession, demoted, true, Set.of(), null, Role.ADMIN))
                .andExpect(status().isForbidden());
        assertThat(roles(demoted)).containsExactly("ANALYST");
        // The session itself still works, with the roles the account has now.
        mvc.perform(get("/").session(demotedSession)).andExpect(redirectedUrl("/reports"));
        mvc.perform(get("/reports").session(demotedSession)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select details from audit_entry where object_type = 'user_account' and object_id = ?
                    and action = 'UPDATE'""").param(fixtures.id(demoted).toString()).query(String.class).list())
                .singleElement().asString().contains("roles: ADMIN -> ANALYST");
    }

    @Test
    void aDisabledAdministratorIsLoggedOutAndCannotEnableItselfAgain() throws Exception {
        String disabled = fixtures.user(Set.of(), Role.ADMIN);
        String other = fixtures.user(Set.of(), Role.ADMIN);
        MockHttpSession disabledSession = login(mvc, disabled, PASSWORD);
        MockHttpSession otherSession = login(mvc, other, PASSWORD);

        mvc.perform(fixtures.edit(otherSession, disabled, false, Set.of(), null, Role.ADMIN))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(fixtures.edit(disabledSession, disabled, true, Set.of(), null, Role.ADMIN))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        assertThat(enabled(disabled)).isFalse();
        assertThat(disabledSession.isInvalid()).isTrue();
    }

    @Test
    void aDisabledUserIsSentToTheLoginPageNotAnError() throws Exception {
        UUID unit = fixtures.unit();
        String clinician = fixtures.user(Set.of(unit), Role.CLINICIAN);
        MockHttpSession session = login(mvc, clinician, PASSWORD);
        MockHttpSession admin = login(mvc, fixtures.user(Set.of(), Role.ADMIN), PASSWORD);
        mvc.perform(get("/courses").session(session)).andExpect(status().isOk());

        mvc.perform(fixtures.edit(admin, clinician, false, Set.of(unit), null, Role.CLINICIAN))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/courses").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/courses").with(httpBasic(clinician, PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordSetByTheAdministratorEndsTheUsersSessions() throws Exception {
        UUID unit = fixtures.unit();
        String clinician = fixtures.user(Set.of(unit), Role.CLINICIAN);
        MockHttpSession session = login(mvc, clinician, PASSWORD);
        MockHttpSession admin = login(mvc, fixtures.user(Set.of(), Role.ADMIN), PASSWORD);
        mvc.perform(get("/courses").session(session)).andExpect(status().isOk());

        mvc.perform(fixtures.edit(admin, clinician, true, Set.of(unit), "a-new-password-2026", Role.CLINICIAN))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/courses").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
        MockHttpSession renewed = login(mvc, clinician, "a-new-password-2026");
        mvc.perform(get("/courses").session(renewed)).andExpect(status().isOk());
    }

    @Test
    void aLostUnitAndALostRoleTakeEffectOnTheNextRequest() throws Exception {
        UUID kept = fixtures.unit();
        UUID lost = fixtures.unit();
        String clinician = fixtures.user(Set.of(kept, lost), Role.CLINICIAN);
        UUID course = course(clinician, lost);
        MockHttpSession session = login(mvc, clinician, PASSWORD);
        MockHttpSession admin = login(mvc, fixtures.user(Set.of(), Role.ADMIN), PASSWORD);
        mvc.perform(get("/courses/{id}", course).session(session)).andExpect(status().isOk());

        mvc.perform(fixtures.edit(admin, clinician, true, Set.of(kept), null, Role.CLINICIAN))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/courses/{id}", course).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/{id}", course).with(httpBasic(clinician, PASSWORD)))
                .andExpect(status().isNotFound());

        // From clinician to analyst: no course pages at all, and the reports instead.
        mvc.perform(fixtures.edit(admin, clinician, true, Set.of(kept), null, Role.ANALYST))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/courses").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRolesOrUnits() throws Exception {
        UUID unit = fixtures.unit();
        String admin = fixtures.user(Set.of(), Role.ADMIN);
        MockHttpSession session = login(mvc, admin, PASSWORD);
        long version = fixtures.version(admin);

        mvc.perform(fixtures.edit(session, admin, true, Set.of(unit), null, Role.ADMIN, Role.CLINICIAN))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "security.user.roles.self"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitIds", "security.user.units.self"));
        mvc.perform(fixtures.edit(session, admin, false, Set.of(), null, Role.ADMIN))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "enabled", "security.user.enabled.self"));

        assertThat(roles(admin)).containsExactly("ADMIN");
        assertThat(jdbc.sql("select count(*) from user_unit where user_id = ?").param(fixtures.id(admin))
                .query(Long.class).single()).isZero();
        assertThat(fixtures.version(admin)).isEqualTo(version);
        mvc.perform(get("/courses").session(session)).andExpect(status().isForbidden());
        List<String> refusals = jdbc.sql("""
                select details from audit_entry where object_type = 'user_account' and object_id = ?
                    and actor = ? order by seq""").params(fixtures.id(admin).toString(), admin)
                .query(String.class).list();
        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).contains("refused", "roles: ADMIN -> CLINICIAN,ADMIN", unit.toString());
        assertThat(refusals.get(1)).contains("refused", "disable");

        // Another administrator may.
        MockHttpSession other = login(mvc, fixtures.user(Set.of(), Role.ADMIN), PASSWORD);
        mvc.perform(fixtures.edit(other, admin, true, Set.of(unit), null, Role.ADMIN, Role.CLINICIAN))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(roles(admin)).containsExactly("ADMIN", "CLINICIAN");
    }

    private UUID course(String clinician, UUID unit) throws Exception {
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic(clinician, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "S.R. 1980", "unitId": "%s",
                                 "startDate": "2026-10-01", "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY",
                                 "pathway": "ORDINARY"}""".formatted(TestData.nationalId(), unit)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.course.id"));
    }

    private List<String> roles(String username) {
        return jdbc.sql("""
                select r.role from user_role r join user_account a on a.id = r.user_id
                where a.username = ? order by r.role""").param(username).query(String.class).list();
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from user_account where username = ?").param(username).query(Boolean.class)
                .single();
    }
}
