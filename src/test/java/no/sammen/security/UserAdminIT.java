package no.sammen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's user pages, end to end: validation, login with a new account, audit entries. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdminIT {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final String PASSWORD = no.sammen.testsupport.TestData.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void badInputGivesFieldErrorsAndStoresNothing() throws Exception {
        String password = "short-pw-1";
        String body = mvc.perform(post("/admin/users/new").with(ADMIN).with(csrf())
                        .param("username", "Not Valid!")
                        .param("displayName", " ")
                        .param("password", password)
                        .param("unitIds", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("security/user-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "security.user.username.format"))
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName",
                        "security.user.displayName.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.user.password.tooShort"))
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "security.user.roles.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitIds", "security.user.units.unknown"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"username-error\"", "aria-invalid=\"true\"", "id=\"error-summary\"")
                .doesNotContain(password);
        assertThat(count("Not Valid!")).isZero();
    }

    @Test
    void usernameRulesAreEnforced() throws Exception {
        mvc.perform(newUser("behandler", "A Name", "long-enough-password", "CLINICIAN"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "security.user.username.taken"));
        mvc.perform(newUser("ab", "A Name", "long-enough-password", "CLINICIAN"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "security.user.username.length"));
        mvc.perform(newUser("", "A Name", "", "CLINICIAN"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "security.user.username.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.user.password.required"));
        mvc.perform(newUser(uniqueName(), "A Name", "æøå".repeat(13), "CLINICIAN"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.user.password.tooLong"));
        mvc.perform(newUser(uniqueName(), "A Name", "long-enough-password", "SUPERUSER"))
                .andExpect(model().attributeHasFieldErrors("form", "roles"));
    }

    @Test
    void createdUserCanLogInAndIsAudited() throws Exception {
        String username = uniqueName();
        String password = "kari-sitt-passord-2026";
        UUID unit = unitId("Kronstad poliklinikk");
        mvc.perform(newUser(username, "Kari Testesen", password, "CLINICIAN").param("unitIds", unit.toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "security.users.created"));

        Map<String, Object> row = jdbc.sql("select id, password_hash, enabled from user_account where username = ?")
                .param(username).query().singleRow();
        assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(row.get("enabled")).isEqualTo(true);

        mvc.perform(get("/api/v1/courses").with(httpBasic(username, password))).andExpect(status().isOk());
        mvc.perform(formLogin().user(username).password(password)).andExpect(authenticated().withUsername(username));
        mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(unauthenticated());

        String id = row.get("id").toString();
        List<Map<String, Object>> entries = jdbc.sql("""
                select actor, action, details from audit_entry where object_type = 'user_account' and object_id = ?""")
                .param(id).query().listOfRows();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("admin");
            assertThat(e.get("action")).isEqualTo("CREATE");
            assertThat((String) e.get("details")).contains(username, "CLINICIAN", unit.toString())
                    .doesNotContain(password);
        });

        mvc.perform(get("/admin/users").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kari Testesen")))
                .andExpect(content().string(containsString("Kronstad poliklinikk")));
        mvc.perform(get("/api/v1/audit").with(httpBasic("admin", PASSWORD))
                        .param("objectType", "user_account").param("action", "CREATE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
    }

    @Test
    void editingChangesRolesUnitsAndPasswordAndDisablingStopsLogin() throws Exception {
        String username = uniqueName();
        mvc.perform(newUser(username, "Ola Test", "first-password-2026", "CLINICIAN")).andExpect(status().isFound());
        UUID id = userId(username);
        UUID unit = unitId("Voss poliklinikk");

        mvc.perform(get("/admin/users/{id}/edit", id).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)));
        mvc.perform(editUser(id, "Ola Testesen", true, version(id), "LEADER", "CLINICIAN")
                        .param("unitIds", unit.toString()).param("password", "second-password-2026"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "security.users.saved"));
        assertThat(jdbc.sql("select role from user_role where user_id = ? order by role").param(id)
                .query(String.class).list()).containsExactly("CLINICIAN", "LEADER");
        assertThat(jdbc.sql("select unit_id from user_unit where user_id = ?").param(id).query(UUID.class).list())
                .containsExactly(unit);
        mvc.perform(get("/api/v1/courses").with(httpBasic(username, "first-password-2026")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/courses").with(httpBasic(username, "second-password-2026")))
                .andExpect(status().isOk());

        mvc.perform(editUser(id, "Ola Testesen", false, version(id), "LEADER", "CLINICIAN"))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/courses").with(httpBasic(username, "second-password-2026")))
                .andExpect(status().isUnauthorized());

        List<String> changes = jdbc.sql("""
                select details from audit_entry where object_type = 'user_account' and object_id = ?
                    and action = 'UPDATE' order by seq""")
                .param(id.toString()).query(String.class).list();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).contains("roles: CLINICIAN -> CLINICIAN,LEADER", "units added: " + unit,
                "password changed", "display name changed").doesNotContain("second-password-2026");
        assertThat(changes.get(1)).contains("disabled");
    }

    @Test
    void editKeepsTheUsernameAndRefusesStaleVersions() throws Exception {
        String username = uniqueName();
        mvc.perform(newUser(username, "Per Test", "first-password-2026", "ANALYST")).andExpect(status().isFound());
        UUID id = userId(username);
        long version = version(id);

        mvc.perform(editUser(id, "Per Test", true, version, "ANALYST").param("username", "someone-else"))
                .andExpect(status().isFound());
        assertThat(count(username)).isOne();
        assertThat(count("someone-else")).isZero();

        mvc.perform(editUser(id, "Per Changed", true, version, "ANALYST"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(jdbc.sql("select display_name from user_account where id = ?").param(id).query(String.class)
                .single()).isEqualTo("Per Test");
    }

    @Test
    void adminCannotRemoveOwnAdminRoleOrDisableThemselves() throws Exception {
        UUID admin = userId("admin");
        mvc.perform(editUser(admin, "Håkon Dale", false, version(admin), "CLINICIAN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "security.user.roles.self"))
                .andExpect(model().attributeHasFieldErrorCode("form", "enabled", "security.user.enabled.self"));
        assertThat(jdbc.sql("select role from user_role where user_id = ?").param(admin).query(String.class).list())
                .contains("ADMIN");
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(admin).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void onlyAdministratorsReachUserAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(user("behandler").roles("CLINICIAN"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/new").with(user("leder").roles("LEADER")).with(csrf())
                .param("username", uniqueName())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/audit").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}/edit", UUID.randomUUID()).with(ADMIN)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder newUser(String username, String displayName, String password,
            String... roles) {
        return post("/admin/users/new").with(ADMIN).with(csrf())
                .param("username", username).param("displayName", displayName).param("password", password)
                .param("roles", roles);
    }

    private MockHttpServletRequestBuilder editUser(UUID id, String displayName, boolean enabled, long version,
            String... roles) {
        // As a browser sends the form: the checkbox markers always, a checked box's value only when checked.
        MockHttpServletRequestBuilder request = post("/admin/users/{id}/edit", id).with(ADMIN).with(csrf())
                .param("displayName", displayName).param("_enabled", "on")
                .param("roles", roles).param("_roles", "on").param("_unitIds", "on")
                .param("version", Long.toString(version));
        return enabled ? request.param("enabled", "true") : request;
    }

    private long count(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class)
                .single();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    private long version(UUID id) {
        return jdbc.sql("select version from user_account where id = ?").param(id).query(Long.class).single();
    }

    private UUID unitId(String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(UUID.class).single();
    }

    private static String uniqueName() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }
}
