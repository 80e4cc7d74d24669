package no.sammen.audit;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditLogIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyReadAndChangeOfACourseIsLoggedWithWhoRoleUnitPatientAndTime() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String nationalId = TestData.nationalId();
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "A.U. 1966", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(nationalId, unit, LocalDate.now())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String courseId = JsonPath.read(body, "$.course.id");
        String patientKey = JsonPath.read(body, "$.course.patientKey");
        mvc.perform(get("/api/v1/courses/" + courseId).with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/courses").param("q", "A.U. 1966").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk());

        List<Map<String, Object>> entries = jdbc.sql("""
                select actor, actor_roles, unit_id, action, object_type, occurred_at from audit_entry
                where object_id = ? order by seq""").param(courseId).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsSubsequence("CREATE", "READ", "LIST");
        assertThat(entries).extracting(e -> e.get("actor")).contains("behandler", "koordinator");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("object_type")).isEqualTo("treatment_course");
            assertThat(e.get("unit_id").toString()).isEqualTo(unit.toString());
            assertThat(e.get("occurred_at")).isNotNull();
        });
        assertThat(entries.get(0).get("actor_roles")).isEqualTo("CLINICIAN");
        assertThat(jdbc.sql("select count(*) from audit_entry where patient_key = ?").param(patientKey)
                .query(Long.class).single()).isGreaterThanOrEqualTo(entries.size());

        String allText = String.join("\n", jdbc.sql("select concat(actor, '|', coalesce(patient_key, ''), '|', "
                + "coalesce(object_id, ''), '|', coalesce(details, '')) from audit_entry").query(String.class).list());
        assertThat(allText).doesNotContain(nationalId);
    }

    // The tampering below happens in a transaction that is rolled back, so that the log stays intact
    // for other tests sharing the database.

    @Test
    void theHashChainHoldsAndAnAlteredEntryIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        ChainVerification intact = audit.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.entriesChecked()).isPositive();

        transaction.executeWithoutResult(tx -> {
            long victim = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single() - 1;
            jdbc.sql("update audit_entry set details = 'rewritten' where seq = ?").param(victim).update();
            ChainVerification tampered = audit.verify();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenSeq()).isEqualTo(victim);
            assertThat(tampered.reason()).isEqualTo("hash");
            tx.setRollbackOnly();
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        transaction.executeWithoutResult(tx -> {
            long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
            jdbc.sql("delete from audit_entry where seq = ?").param(last - 2).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(last - 2);
            assertThat(result.reason()).isEqualTo("missing");
            tx.setRollbackOnly();
        });
    }

    @Test
    void aRewrittenTailIsCaughtByTheChainHead() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        transaction.executeWithoutResult(tx -> {
            long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
            jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(last);
            tx.setRollbackOnly();
        });
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() throws Exception {
        long before = jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
        // The patient is created and audited, then the course is refused: both must be rolled back.
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String nationalId = TestData.nationalId();
        String json = """
                {"nationalId": "%s", "displayLabel": "R.B. 1971", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(nationalId, unit, LocalDate.now());
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
        long afterFirst = jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
        assertThat(afterFirst).isGreaterThan(before);
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_entry where seq > ? and actor = 'behandler' "
                + "and action = 'READ' and object_type = 'patient'").param(afterFirst).query(Long.class).single())
                .isZero();
        assertThat(audit.verify().intact()).isTrue();
    }
}
