package no.sammen.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts, units and sessions of a test's own, beside whatever else the database holds. */
final class SecurityFixtures {

    static final String PASSWORD = "fixture-password-2026";

    private final JdbcClient jdbc;
    private final UserAdminService users;

    SecurityFixtures(JdbcClient jdbc, UserAdminService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A unit of its own, in a clinic and trust of its own. */
    UUID unit() {
        UUID trust = UUID.randomUUID();
        UUID clinic = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        jdbc.sql("insert into health_trust (id, name, version) values (?, ?, 0)").params(trust, "HF " + trust).update();
        jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                .params(clinic, trust, "DPS " + clinic).update();
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, active, version)
                values (?, ?, ?, 'OUTPATIENT', true, 0)""").params(unit, clinic, "Enhet " + unit).update();
        return unit;
    }

    /** A new account with the password {@link #PASSWORD}; returns the username. */
    String user(Set<UUID> units, Role... roles) {
        String username = "sec." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserAdminService.NewUser(username, "Test " + username, PASSWORD, Set.of(roles), units));
        return username;
    }

    UUID id(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    long version(String username) {
        return jdbc.sql("select version from user_account where username = ?").param(username).query(Long.class)
                .single();
    }

    /** Logs in with the form, as a browser does, and gives back the session. */
    static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
        if (!"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("login of " + username + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** The admin's user form, as a browser posts it. */
    MockHttpServletRequestBuilder edit(MockHttpSession admin, String username, boolean enabled, Set<UUID> units,
            String newPassword, Role... roles) {
        MockHttpServletRequestBuilder request = post("/admin/users/{id}/edit", id(username)).session(admin)
                .with(csrf())
                .param("displayName", "Test " + username).param("_enabled", "on")
                .param("roles", Arrays.stream(roles).map(Enum::name).toArray(String[]::new)).param("_roles", "on")
                .param("unitIds", units.stream().map(UUID::toString).toArray(String[]::new)).param("_unitIds", "on")
                .param("version", Long.toString(version(username)));
        if (newPassword != null) {
            request.param("password", newPassword);
        }
        return enabled ? request.param("enabled", "true") : request;
    }

    /** A request from another source address than the tests' usual 127.0.0.1. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
