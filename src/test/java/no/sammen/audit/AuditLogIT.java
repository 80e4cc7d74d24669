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
    @Autowired
    AuditChain chain;

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
    // for other tests sharing the database. Each test verifies first, which links what is pending.

    private long newest(int skip) {
        return jdbc.sql("select seq from audit_entry order by seq desc limit 1 offset " + skip).query(Long.class)
                .single();
    }

    @Test
    void theKeyedChainHoldsAndAnAlteredEntryIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        ChainVerification intact = audit.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.entriesChecked()).isPositive();
        assertThat(intact.broken()).isEmpty();

        transaction.executeWithoutResult(tx -> {
            long victim = newest(1);
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
    void everyBrokenEntryIsNamedNotOnlyTheFirst() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 6; i++) {
                audit.record(new AuditRecord(AuditAction.READ, "test_tampered", "entry-" + i, null, "key-" + i, "tampered"));
            }
        });
        assertThat(audit.verify().intact()).isTrue();
        transaction.executeWithoutResult(tx -> {
            long changed = newest(5);
            long deleted = newest(2);
            long alsoChanged = newest(0);
            jdbc.sql("update audit_entry set actor = 'someone-else' where seq = ?").param(changed).update();
            jdbc.sql("delete from audit_entry where seq = ?").param(deleted).update();
            jdbc.sql("update audit_entry set patient_key = null where seq = ?").param(alsoChanged).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenCount()).isEqualTo(3);
            assertThat(result.broken()).extracting(ChainVerification.Broken::seq, ChainVerification.Broken::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(changed, "hash"),
                            org.assertj.core.groups.Tuple.tuple(deleted, "missing"),
                            org.assertj.core.groups.Tuple.tuple(alsoChanged, "hash"));
            tx.setRollbackOnly();
        });
    }

    @Test
    void anEntryRewrittenWithRecomputedHashesButWithoutTheKeyIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        assertThat(audit.verify().intact()).isTrue();
        // Someone with write access to the database, who knows the algorithm but not the key, changes an
        // entry and recomputes its hash, every later link and the head.
        AuditHashing forger = new AuditHashing(new AuditProperties("a-guess-at-the-key-of-at-least-32-chars", true,
                java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(5), java.time.Duration.ofHours(1),
                new AuditProperties.Anchor(null, java.time.Duration.ofMinutes(5))));
        transaction.executeWithoutResult(tx -> {
            long victim = newest(3);
            jdbc.sql("update audit_entry set details = 'nothing to see' where seq = ?").param(victim).update();
            AuditEntry forged = jdbc.sql("select * from audit_entry where seq = ?").param(victim)
                    .query((rs, i) -> AuditChain.entry(rs)).single();
            String forgedHash = forger.entryMac(forged);
            jdbc.sql("update audit_entry set entry_hash = ? where seq = ?").params(forgedHash, victim).update();
            long pos = jdbc.sql("select pos from audit_link where entry_seq = ?").param(victim).query(Long.class)
                    .single();
            String previous = jdbc.sql("select previous_mac from audit_link where pos = ?").param(pos)
                    .query(String.class).single();
            List<Object[]> links = jdbc.sql("""
                    select l.pos, l.entry_seq, e.entry_hash from audit_link l join audit_entry e on e.seq = l.entry_seq
                    where l.pos >= ? order by l.pos""").param(pos)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list();
            for (Object[] link : links) {
                String mac = forger.linkMac((Long) link[0], (Long) link[1], (String) link[2], previous);
                jdbc.sql("update audit_link set previous_mac = ?, link_mac = ? where pos = ?")
                        .params(previous, mac, link[0]).update();
                previous = mac;
            }
            jdbc.sql("update audit_link_head set last_mac = ? where id = 1").param(previous).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
            assertThat(result.reason()).isIn("hash", "link");
            tx.setRollbackOnly();
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        assertThat(audit.verify().intact()).isTrue();
        transaction.executeWithoutResult(tx -> {
            long victim = newest(2);
            jdbc.sql("delete from audit_entry where seq = ?").param(victim).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
            assertThat(result.reason()).isEqualTo("missing");
            tx.setRollbackOnly();
        });
    }

    @Test
    void anEntryInsertedBehindTheChainsBackIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        assertThat(audit.verify().intact()).isTrue();
        transaction.executeWithoutResult(tx -> {
            // An old entry, numbered below the linked ones, that no link holds.
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, actor_roles, action, object_type, details,
                        entry_hash) values (-5, ?, 'ghost', 'ADMIN', 'READ', 'patient', 'made up', ?)""")
                    .params(java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"), "0".repeat(64)).update();
            ChainVerification result = audit.verify();
            assertThat(result.broken()).extracting(ChainVerification.Broken::seq, ChainVerification.Broken::reason)
                    .contains(org.assertj.core.groups.Tuple.tuple(-5L, "unlinked"));
            tx.setRollbackOnly();
        });
    }

    @Test
    void writingAnEntryDoesNotWaitForAnotherTransactionThatWroteOne() throws Exception {
        var firstWrote = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // A long transaction (a big list, a slow request) writes an entry and stays open.
            var first = executor.submit(() -> transaction.executeWithoutResult(tx -> {
                audit.record(new AuditRecord(AuditAction.READ, "test_object", "first", null, null, "held open"));
                firstWrote.countDown();
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(firstWrote.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // Another user's request meanwhile writes and commits without waiting for it.
            var second = executor.submit(() -> transaction.executeWithoutResult(tx -> audit.record(
                    new AuditRecord(AuditAction.READ, "test_object", "second", null, null, "not waiting"))));
            second.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first.isDone()).isFalse();
            release.countDown();
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from audit_link l join audit_entry e on e.seq = l.entry_seq
                where e.object_type = 'test_object'""").query(Long.class).single()).isEqualTo(2);
    }

    /**
     * The background linker looks only above the highest entry linked, and at the numbers it saw
     * skipped; the whole window only once a minute. An entry that commits after a higher-numbered one
     * was linked must still be linked at once, after a full pass and after a quick one.
     */
    @Test
    void anEntryThatCommitsAfterAHigherOneWasLinkedIsLinkedByTheNextQuickPass() throws Exception {
        for (boolean skippedInAFullPass : new boolean[] {true, false}) {
            chain.link();
            String held = "held-" + UUID.randomUUID();
            var wrote = new java.util.concurrent.CountDownLatch(1);
            var release = new java.util.concurrent.CountDownLatch(1);
            var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var first = executor.submit(() -> transaction.executeWithoutResult(tx -> {
                    audit.record(new AuditRecord(AuditAction.READ, "test_late", held, null, null, "held open"));
                    wrote.countDown();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                assertThat(wrote.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                transaction.executeWithoutResult(tx -> audit.record(
                        new AuditRecord(AuditAction.READ, "test_late", held + "-later", null, null, "committed")));
                if (skippedInAFullPass) {
                    chain.link();
                } else {
                    linkQuicklyUntil(held + "-later");
                }
                assertThat(linked(held + "-later")).isTrue();
                assertThat(linked(held)).isFalse();
                release.countDown();
                first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                release.countDown();
                executor.shutdownNow();
            }
            linkQuicklyUntil(held);
            assertThat(linked(held)).as("linked after a %s pass skipped it", skippedInAFullPass ? "full" : "quick")
                    .isTrue();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** Quick passes (the background linker's too) for up to three seconds, until the entry is linked. */
    private void linkQuicklyUntil(String objectId) throws InterruptedException {
        for (int i = 0; i < 30 && !linked(objectId); i++) {
            chain.linkUnlessBusy();
            Thread.sleep(100);
        }
    }

    private boolean linked(String objectId) {
        return jdbc.sql("""
                select count(*) from audit_link l join audit_entry e on e.seq = l.entry_seq
                where e.object_id = :id""").param("id", objectId).query(Long.class).single() > 0;
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() throws Exception {
        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        // The patient is created and audited, then the course is refused: both must be rolled back.
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String nationalId = TestData.nationalId();
        String json = """
                {"nationalId": "%s", "displayLabel": "R.B. 1971", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(nationalId, unit, LocalDate.now());
        mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
        long afterFirst = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
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
