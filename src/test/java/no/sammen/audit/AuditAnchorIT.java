package no.sammen.audit;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain's head anchored outside the database: someone with write access to the database who
 * deletes the newest entries together with their links, and moves the head back so that the chain
 * is consistent again, is caught by an anchor written before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditAnchorIT {

    static final Path ANCHOR_FILE;

    static {
        try {
            ANCHOR_FILE = Files.createTempDirectory("sammen-anchors").resolve("anchors.log");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void anchorFile(DynamicPropertyRegistry registry) {
        registry.add("sammen.audit.anchor.file", ANCHOR_FILE::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    AuditChain chain;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anAnchorIsWrittenOutsideTheDatabaseOnDemandAndIsLogged() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        String body = mvc.perform(post("/api/v1/audit/anchors").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").isNumber())
                .andReturn().getResponse().getContentAsString();
        long position = com.jayway.jsonpath.JsonPath.parse(body).read("$.position", Long.class);
        List<String> lines = Files.readAllLines(ANCHOR_FILE);
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).matches("\\S+ pos=" + position + " mac=[0-9a-f]{64}");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ANCHOR' and object_id = ?")
                .param(String.valueOf(position)).query(Long.class).single()).isEqualTo(1);
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.anchored()).isTrue();
        assertThat(result.lastAnchorPos()).isEqualTo(position);
        // Only administrators anchor.
        mvc.perform(post("/api/v1/audit/anchors").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void cuttingTheNewestEntriesAndTheirLinksIsCaughtByTheAnchor() throws Exception {
        for (int i = 0; i < 3; i++) {
            TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
            mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        }
        audit.anchorNow();
        assertThat(audit.verify().intact()).isTrue();
        transaction.executeWithoutResult(tx -> {
            long last = chain.head().lastPos();
            long keep = last - 5;
            String keptMac = jdbc.sql("select link_mac from audit_link where pos = ?").param(keep)
                    .query(String.class).single();
            jdbc.sql("delete from audit_entry where seq in (select entry_seq from audit_link where pos > ?)")
                    .param(keep).update();
            jdbc.sql("delete from audit_link where pos > ?").param(keep).update();
            jdbc.sql("update audit_link_head set last_pos = ?, last_mac = ? where id = 1").params(keep, keptMac)
                    .update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.broken()).extracting(ChainVerification.Broken::reason).contains("truncated");
            tx.setRollbackOnly();
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anAnchorThatTheChainDoesNotHoldIsNamed() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        long position = audit.anchorNow();
        transaction.executeWithoutResult(tx -> {
            // The link at the anchored position is rewritten (as by someone who holds a copy of the key
            // but cannot reach the anchor file).
            jdbc.sql("update audit_link set link_mac = ? where pos = ?").params("f".repeat(64), position).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.broken()).extracting(ChainVerification.Broken::reason).contains("anchor");
            tx.setRollbackOnly();
        });
    }
}
