package no.sammen.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;
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

/**
 * The administrator's pages for health trusts and clinics: create, rename, move, delete only when
 * empty, their validation and field errors, stale versions, the audit entries, and that a clinic made
 * here is offered in the unit form. Every test makes its own trusts and clinics.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrganisationAdminIT {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsATrustAndAClinicThatTheUnitFormOffers() throws Exception {
        String trustName = unique("Helse Test");
        mvc.perform(newTrust(trustName))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/organisation"))
                .andExpect(flash().attribute("notice", "organisation.trusts.created"));
        UUID trust = trustId(trustName);

        mvc.perform(get("/admin/clinics/new").param("trustId", trust.toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + trust + "\" selected=\"selected\"")));
        String clinicName = unique("Test DPS");
        mvc.perform(newClinic(trust, "  " + clinicName + "  "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/organisation"))
                .andExpect(flash().attribute("notice", "organisation.clinics.created"));
        UUID clinic = clinicId(clinicName);
        assertThat(jdbc.sql("select trust_id from clinic where id = ?").param(clinic).query(UUID.class).single())
                .isEqualTo(trust);

        mvc.perform(get("/admin/organisation").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/organisation"))
                .andExpect(content().string(containsString("id=\"trust-" + trust + "\"")))
                .andExpect(content().string(containsString(clinicName)))
                .andExpect(content().string(containsString("href=\"/admin/units/new?clinicId=" + clinic + "\"")))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(get("/admin/units/new").param("clinicId", clinic.toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "value=\"" + clinic + "\" selected=\"selected\">" + clinicName + " (" + trustName + ")")));
        String unitName = unique("Testpost");
        mvc.perform(post("/admin/units/new").with(ADMIN).with(csrf()).param("clinicId", clinic.toString())
                        .param("name", unitName).param("type", "OUTPATIENT").param("active", "true"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select clinic_id from org_unit where name = ?").param(unitName).query(UUID.class)
                .single()).isEqualTo(clinic);
        assertThat(auditDetails("org_unit", unitId(unitName), "CREATE")).singleElement().asString()
                .contains("name: " + unitName);
    }

    @Test
    void badInputGivesTranslatedFieldErrorsWithAriaMarkupAndStoresNothing() throws Exception {
        String body = mvc.perform(newTrust("   ").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/trust-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.trust.name.required"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"error-summary\"", "id=\"name-error\"", "aria-invalid=\"true\"",
                "aria-describedby=\"name-hint name-error\"", "Enter the name of the health trust.");

        mvc.perform(newTrust("x".repeat(201)))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "validation.tooLong"));

        String trustName = unique("Helse Dobbel");
        mvc.perform(newTrust(trustName)).andExpect(status().isFound());
        mvc.perform(newTrust(trustName.toUpperCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.trust.name.taken"));
        assertThat(jdbc.sql("select count(*) from health_trust where lower(name) = lower(?)").param(trustName)
                .query(Long.class).single()).isOne();

        String clinicBody = mvc.perform(post("/admin/clinics/new").with(ADMIN).with(csrf())
                        .param("trustId", UUID.randomUUID().toString()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/clinic-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "trustId", "organisation.clinic.trust.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.clinic.name.required"))
                .andReturn().getResponse().getContentAsString();
        assertThat(clinicBody).contains("id=\"trustId-error\"", "aria-describedby=\"trustId-error\"",
                "Skriv inn navnet på klinikken.");
        mvc.perform(post("/admin/clinics/new").with(ADMIN).with(csrf()).param("trustId", "not-a-uuid")
                        .param("name", "Ugyldig"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "trustId", "typeMismatch"));
        assertThat(jdbc.sql("select count(*) from clinic where name = 'Ugyldig'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aClinicNameIsUniqueWithinItsTrustOnly() throws Exception {
        UUID first = createTrust(unique("Helse En"));
        UUID second = createTrust(unique("Helse To"));
        String clinicName = unique("Felles DPS");
        mvc.perform(newClinic(first, clinicName)).andExpect(status().isFound());
        mvc.perform(newClinic(first, clinicName.toLowerCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.clinic.name.taken"));
        mvc.perform(newClinic(second, clinicName)).andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from clinic where name = ?").param(clinicName).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void renamesAndMovesWithOptimisticLockingAndAuditEntries() throws Exception {
        String trustName = unique("Helse Gammel");
        UUID trust = createTrust(trustName);
        UUID otherTrust = createTrust(unique("Helse Annen"));
        String renamed = unique("Helse Ny");
        mvc.perform(get("/admin/trusts/{id}/edit", trust).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + trustName + "\"")))
                .andExpect(content().string(containsString("id=\"delete-trust\"")));
        mvc.perform(post("/admin/trusts/{id}/edit", trust).with(ADMIN).with(csrf())
                        .param("name", renamed).param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "organisation.trusts.saved"));
        assertThat(name("health_trust", trust)).isEqualTo(renamed);
        mvc.perform(post("/admin/trusts/{id}/edit", trust).with(ADMIN).with(csrf())
                        .param("name", "Stale " + renamed).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(name("health_trust", trust)).isEqualTo(renamed);
        assertThat(auditDetails("health_trust", trust, "UPDATE"))
                .containsExactly("name: " + trustName + " -> " + renamed);

        String clinicName = unique("Flytt DPS");
        mvc.perform(newClinic(trust, clinicName)).andExpect(status().isFound());
        UUID clinic = clinicId(clinicName);
        mvc.perform(post("/admin/clinics/{id}/edit", clinic).with(ADMIN).with(csrf())
                        .param("trustId", otherTrust.toString()).param("name", clinicName + " ny")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "organisation.clinics.saved"));
        assertThat(jdbc.sql("select trust_id from clinic where id = ?").param(clinic).query(UUID.class).single())
                .isEqualTo(otherTrust);
        assertThat(auditDetails("clinic", clinic, "UPDATE")).singleElement().asString()
                .contains("name: " + clinicName + " -> " + clinicName + " ny", "trust: " + trust + " -> " + otherTrust);
        mvc.perform(post("/admin/clinics/{id}/edit", clinic).with(ADMIN).with(csrf())
                        .param("trustId", trust.toString()).param("name", "Stale").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(auditDetails("health_trust", trust, "CREATE")).containsExactly("name: " + trustName);
        assertThat(jdbc.sql("select actor from audit_entry where object_type = 'clinic' and object_id = ?")
                .param(clinic.toString()).query(String.class).list()).containsOnly("admin");
    }

    @Test
    void onlyAnEmptyTrustOrClinicCanBeDeleted() throws Exception {
        UUID trust = createTrust(unique("Helse Slett"));
        String clinicName = unique("Slett DPS");
        mvc.perform(newClinic(trust, clinicName)).andExpect(status().isFound());
        UUID clinic = clinicId(clinicName);
        String unitName = unique("Slett post");
        mvc.perform(post("/admin/units/new").with(ADMIN).with(csrf()).param("clinicId", clinic.toString())
                .param("name", unitName).param("type", "INPATIENT").param("active", "true"))
                .andExpect(status().isFound());

        mvc.perform(get("/admin/trusts/{id}/edit", trust).with(ADMIN))
                .andExpect(content().string(containsString("id=\"cannot-delete\"")))
                .andExpect(content().string(not(containsString("id=\"delete-trust\""))));
        mvc.perform(post("/admin/trusts/{id}/delete", trust).with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/trust-form"))
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Helseforetaket har klinikker og kan ikke slettes.")));
        mvc.perform(post("/admin/clinics/{id}/delete", clinic).with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/clinic-form"))
                .andExpect(content().string(containsString("Klinikken har enheter og kan ikke slettes.")));
        assertThat(count("clinic", clinic)).isOne();
        assertThat(count("health_trust", trust)).isOne();

        UUID emptyTrust = createTrust(unique("Helse Tom"));
        String emptyClinicName = unique("Tom DPS");
        mvc.perform(newClinic(emptyTrust, emptyClinicName)).andExpect(status().isFound());
        UUID emptyClinic = clinicId(emptyClinicName);
        mvc.perform(post("/admin/trusts/{id}/delete", emptyTrust).with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/clinics/{id}/delete", emptyClinic).with(ADMIN).with(csrf()).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        mvc.perform(post("/admin/clinics/{id}/delete", emptyClinic).with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "organisation.clinics.deleted"));
        mvc.perform(post("/admin/trusts/{id}/delete", emptyTrust).with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "organisation.trusts.deleted"));
        assertThat(count("clinic", emptyClinic)).isZero();
        assertThat(count("health_trust", emptyTrust)).isZero();
        assertThat(auditDetails("clinic", emptyClinic, "DELETE")).hasSize(1);
        assertThat(auditDetails("health_trust", emptyTrust, "DELETE")).hasSize(1);
        mvc.perform(get("/admin/trusts/{id}/edit", emptyTrust).with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsReachTheOrganisationPages() throws Exception {
        RequestPostProcessor leader = user("leder").roles("LEADER");
        mvc.perform(get("/admin/organisation").with(leader)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/trusts/new").with(leader).with(csrf()).param("name", "Helse Ikke"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/trusts/new").with(ADMIN).param("name", "Helse Uten Csrf"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from health_trust where name like 'Helse %kke' or name = 'Helse Uten Csrf'")
                .query(Long.class).single()).isZero();
        mvc.perform(get("/admin/clinics/{id}/edit", UUID.randomUUID()).with(ADMIN)).andExpect(status().isNotFound());
        UUID trust = createTrust(unique("Helse Uten Versjon"));
        mvc.perform(post("/admin/trusts/{id}/delete", trust).with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/trusts/{id}/delete", trust).with(ADMIN).with(csrf()).param("version", "x"))
                .andExpect(status().isBadRequest());
        assertThat(count("health_trust", trust)).isOne();
        mvc.perform(get("/admin/units").with(ADMIN))
                .andExpect(content().string(containsString("href=\"/admin/organisation\"")));
    }

    private UUID createTrust(String name) throws Exception {
        mvc.perform(newTrust(name)).andExpect(status().isFound());
        return trustId(name);
    }

    private static MockHttpServletRequestBuilder newTrust(String name) {
        return post("/admin/trusts/new").with(ADMIN).with(csrf()).param("name", name);
    }

    private static MockHttpServletRequestBuilder newClinic(UUID trust, String name) {
        return post("/admin/clinics/new").with(ADMIN).with(csrf()).param("trustId", trust.toString())
                .param("name", name);
    }

    private UUID trustId(String name) {
        return jdbc.sql("select id from health_trust where name = ?").param(name).query(UUID.class).single();
    }

    private UUID clinicId(String name) {
        return jdbc.sql("select id from clinic where name = ?").param(name).query(UUID.class).single();
    }

    private UUID unitId(String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(UUID.class).single();
    }

    private String name(String table, UUID id) {
        return jdbc.sql("select name from " + table + " where id = ?").param(id).query(String.class).single();
    }

    private long count(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private List<String> auditDetails(String objectType, UUID id, String action) {
        return jdbc.sql("""
                select details from audit_entry where object_type = ? and object_id = ? and action = ? order by seq""")
                .params(objectType, id.toString(), action).query(String.class).list();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
