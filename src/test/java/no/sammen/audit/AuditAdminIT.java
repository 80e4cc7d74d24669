package no.sammen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit log for administrators: the page, its filters, the API, and verification of the chain. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditAdminIT {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor ADMIN_API = httpBasic("admin", no.sammen.testsupport.TestData.PASSWORD);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditService audit;

    @Test
    void verificationReportsAnIntactChain() throws Exception {
        audit.record(new AuditRecord(AuditAction.READ, "treatment_course", UUID.randomUUID().toString(), null,
                pseudonym(), "written by a test"));
        mvc.perform(post("/api/v1/audit/verification").with(ADMIN_API))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBrokenSeq").value(nullValue()))
                .andExpect(jsonPath("$.entriesChecked").isNumber());
        assertThat(jdbc.sql("select details from audit_entry where seq = (select max(seq) from audit_entry)")
                .query(String.class).single()).startsWith("intact");
    }

    @Test
    void verificationNamesATamperedEntryAsFirstBroken() throws Exception {
        AuditEntry tampered = audit.record(new AuditRecord(AuditAction.READ, "treatment_course",
                UUID.randomUUID().toString(), null, pseudonym(), "to be tampered with"));
        audit.record(new AuditRecord(AuditAction.READ, "treatment_course", UUID.randomUUID().toString(), null,
                pseudonym(), "after it"));
        jdbc.sql("update audit_entry set details = 'x' where seq = ?").param(tampered.seq()).update();
        try {
            mvc.perform(post("/api/v1/audit/verification").with(ADMIN_API))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(tampered.seq()))
                    .andExpect(jsonPath("$.reason").value("hash"));

            MvcResult verified = mvc.perform(post("/admin/audit/verify").with(ADMIN).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/audit"))
                    .andExpect(flash().attributeExists("verification"))
                    .andReturn();
            mvc.perform(get("/admin/audit").with(ADMIN).flashAttrs(verified.getFlashMap()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<td>" + tampered.seq() + "</td>")))
                    .andExpect(content().string(containsString("Innholdet i oppføringen er endret")));
        } finally {
            jdbc.sql("update audit_entry set details = ? where seq = ?").params(tampered.details(), tampered.seq())
                    .update();
        }
        mvc.perform(post("/api/v1/audit/verification").with(ADMIN_API)).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void verifyOnThePageShowsAnIntactChain() throws Exception {
        MvcResult verified = mvc.perform(post("/admin/audit/verify").with(ADMIN).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        mvc.perform(get("/admin/audit").with(ADMIN).flashAttrs(verified.getFlashMap()).param("lang", "en"))
                .andExpect(content().string(containsString("The log is intact.")));
    }

    @Test
    void thePageFiltersEntriesAndViewingIsRecorded() throws Exception {
        String key = pseudonym();
        String marker = "probe-" + UUID.randomUUID();
        audit.record(new AuditRecord(AuditAction.READ, "treatment_course", marker, null, key, null));

        String body = mvc.perform(get("/admin/audit").with(ADMIN).param("patientKey", key))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("result"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("title=\"" + key + "\"", key.substring(0, 10) + "...", "title=\"" + marker + "\"",
                "Tidspunkt (norsk tid)");

        var recorded = jdbc.sql("""
                select actor, actor_roles, object_type, patient_key, details from audit_entry
                where action = 'LIST' and patient_key = ?""").param(key).query().singleRow();
        assertThat(recorded).containsEntry("actor", "admin").containsEntry("actor_roles", "ADMIN")
                .containsEntry("object_type", "audit_log");
        assertThat((String) recorded.get("details")).contains("patient=" + key);

        mvc.perform(get("/admin/audit").with(ADMIN).param("actor", "nobody-" + UUID.randomUUID()))
                .andExpect(content().string(containsString("id=\"no-entries\"")));
        mvc.perform(get("/admin/audit").with(ADMIN).param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "to", "audit.log.filter.toBeforeFrom"));
        mvc.perform(get("/admin/audit").with(ADMIN).param("from", "not-a-date"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "from", "typeMismatch"));
    }

    @Test
    void pagesStayFixedWhileViewingWritesNewEntries() throws Exception {
        String key = pseudonym();
        long first = 0;
        for (int i = 0; i < AuditAdminController.PAGE_SIZE + 2; i++) {
            AuditEntry e = audit.record(new AuditRecord(AuditAction.READ, "treatment_course", "n" + i, null, key,
                    null));
            first = i == 0 ? e.seq() : first;
        }
        String page1 = mvc.perform(get("/admin/audit").with(ADMIN).param("patientKey", key)
                        .param("objectType", "treatment_course"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long newest = first + AuditAdminController.PAGE_SIZE + 1;
        assertThat(page1).contains("id=\"entry-" + newest + "\"", "id=\"next-page\"", "upTo=" + newest)
                .doesNotContain("id=\"entry-" + first + "\"");
        audit.record(new AuditRecord(AuditAction.READ, "treatment_course", "later", null, key, null));
        mvc.perform(get("/admin/audit").with(ADMIN).param("patientKey", key).param("objectType", "treatment_course")
                        .param("upTo", Long.toString(newest)).param("page", "1"))
                .andExpect(content().string(containsString("id=\"entry-" + first + "\"")))
                .andExpect(content().string(containsString("id=\"entry-" + (first + 1) + "\"")))
                .andExpect(content().string(containsString("id=\"previous-page\"")));
    }

    @Test
    void theApiListsFilteredEntriesNewestFirst() throws Exception {
        String key = pseudonym();
        audit.record(new AuditRecord(AuditAction.READ, "treatment_course", "first", null, key, null));
        AuditEntry second = audit.record(new AuditRecord(AuditAction.UPDATE, "treatment_course", "second", null,
                key, null));
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("patientKey", key).param("action", "READ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].objectId").value("first"));
        // The first listing was for this patient, so it was itself written to the log with the patient key.
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("patientKey", key))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].action").value("LIST"))
                .andExpect(jsonPath("$.items[0].objectType").value("audit_log"))
                .andExpect(jsonPath("$.items[1].objectId").value("second"))
                .andExpect(jsonPath("$.items[2].objectId").value("first"));
        // Dates are read in Norwegian time.
        LocalDate today = LocalDate.ofInstant(second.occurredAt(), ZoneId.of("Europe/Oslo"));
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("patientKey", key).param("action", "UPDATE")
                        .param("from", today.toString()).param("to", today.toString()))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("patientKey", key)
                        .param("from", today.plusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("patientKey", key)
                        .param("to", today.minusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit").with(ADMIN_API).param("action", "ERASE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdministratorsReachTheLog() throws Exception {
        mvc.perform(get("/api/v1/audit").with(httpBasic("behandler", no.sammen.testsupport.TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/verification").with(httpBasic("leder", no.sammen.testsupport.TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/audit").with(user("analytiker").roles("ANALYST"))).andExpect(status().isForbidden());
    }

    private static String pseudonym() {
        return HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 32);
    }
}
