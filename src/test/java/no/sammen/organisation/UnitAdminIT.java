package no.sammen.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import java.time.LocalDate;
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

/** The administrator's unit pages: list, create, edit with the unit's staff, and their validation. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitAdminIT {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsUnitsByClinic() throws Exception {
        mvc.perform(get("/admin/units").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/units"))
                .andExpect(content().string(containsString("Kronstad DPS")))
                .andExpect(content().string(containsString("Kronstad ambulant akutteam")))
                .andExpect(content().string(containsString("Ambulant akutteam")));
    }

    @Test
    void createsAUnitAndRejectsADuplicateName() throws Exception {
        UUID clinic = clinicId("Kronstad DPS");
        String name = "Testpost " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(newUnit(clinic, name, "INPATIENT", "+47 55 00 00 00").param("implementationStart", "2025-03-01"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/units"))
                .andExpect(flash().attribute("notice", "organisation.units.created"));
        Map<String, Object> row = jdbc.sql("""
                select unit_type, phone, implementation_start, active from org_unit where clinic_id = ? and name = ?""")
                .params(clinic, name).query().singleRow();
        assertThat(row.get("unit_type")).isEqualTo("INPATIENT");
        assertThat(row.get("phone")).isEqualTo("+47 55 00 00 00");
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(jdbc.sql("select implementation_start from org_unit where name = ?").param(name)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 3, 1));

        mvc.perform(newUnit(clinic, name.toUpperCase(), "OUTPATIENT", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.unit.name.taken"));
        assertThat(jdbc.sql("select count(*) from org_unit where clinic_id = ? and lower(name) = lower(?)")
                .params(clinic, name).query(Long.class).single()).isOne();

        mvc.perform(get("/admin/units").with(ADMIN)).andExpect(content().string(containsString(name)));
    }

    @Test
    void badInputGivesFieldErrorsAndStoresNothing() throws Exception {
        String name = "x".repeat(201);
        String body = mvc.perform(post("/admin/units/new").with(ADMIN).with(csrf())
                        .param("name", name).param("phone", "call me").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/unit-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "clinicId", "organisation.unit.clinic.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "validation.tooLong"))
                .andExpect(model().attributeHasFieldErrorCode("form", "type", "organisation.unit.type.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "organisation.unit.phone.invalid"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"phone-error\"", "id=\"error-summary\"");
        assertThat(jdbc.sql("select count(*) from org_unit where name = ?").param(name).query(Long.class).single())
                .isZero();

        mvc.perform(newUnit(clinicId("Voss DPS"), "Voss dato", "OUTPATIENT", "")
                        .param("implementationStart", "2025-13-45"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "implementationStart", "typeMismatch"));
    }

    @Test
    void editsAUnitShowsItsStaffAndRefusesStaleVersions() throws Exception {
        UUID clinic = clinicId("Solli DPS");
        String name = "Solli test " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(newUnit(clinic, name, "OUTPATIENT", "")).andExpect(status().isFound());
        UUID id = jdbc.sql("select id from org_unit where name = ?").param(name).query(UUID.class).single();
        long version = jdbc.sql("select version from org_unit where id = ?").param(id).query(Long.class).single();

        mvc.perform(get("/admin/units/{id}/edit", id).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-staff\"")));
        String renamed = name + " ny";
        mvc.perform(edit(id, clinic, renamed, "DAY_REHABILITATION", version).param("_active", "on"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "organisation.units.saved"));
        Map<String, Object> row = jdbc.sql("select name, unit_type, active from org_unit where id = ?").param(id)
                .query().singleRow();
        assertThat(row).containsEntry("name", renamed).containsEntry("unit_type", "DAY_REHABILITATION")
                .containsEntry("active", false);

        mvc.perform(edit(id, clinic, "Stale change", "OUTPATIENT", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        mvc.perform(edit(id, clinic, "Solli poliklinikk", "OUTPATIENT", version + 1))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.unit.name.taken"));
        assertThat(jdbc.sql("select name from org_unit where id = ?").param(id).query(String.class).single())
                .isEqualTo(renamed);

        UUID withStaff = jdbc.sql("select id from org_unit where name = 'Solli poliklinikk'").query(UUID.class)
                .single();
        String staffMember = jdbc.sql("select full_name from staff where unit_id = ? order by full_name limit 1")
                .param(withStaff).query(String.class).single();
        mvc.perform(get("/admin/units/{id}/edit", withStaff).with(ADMIN))
                .andExpect(content().string(containsString("id=\"staff-table\"")))
                .andExpect(content().string(containsString(staffMember)));
    }

    @Test
    void onlyAdministratorsReachUnitAdministration() throws Exception {
        mvc.perform(get("/admin/units").with(user("leder").roles("LEADER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/units/{id}/edit", UUID.randomUUID()).with(ADMIN)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder newUnit(UUID clinic, String name, String type, String phone) {
        return post("/admin/units/new").with(ADMIN).with(csrf())
                .param("clinicId", clinic.toString()).param("name", name).param("type", type)
                .param("phone", phone).param("active", "true").param("_active", "on");
    }

    private MockHttpServletRequestBuilder edit(UUID id, UUID clinic, String name, String type, long version) {
        return post("/admin/units/{id}/edit", id).with(ADMIN).with(csrf())
                .param("clinicId", clinic.toString()).param("name", name).param("type", type)
                .param("version", Long.toString(version));
    }

    private UUID clinicId(String name) {
        return jdbc.sql("select id from clinic where name = ?").param(name).query(UUID.class).single();
    }
}
