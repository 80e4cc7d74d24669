package no.sammen.coursefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A course's facts are read once per transaction (the course page's sections each ask), but never stale: a
 * refresh or a rebuild in the same transaction makes the next read see the new facts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CourseFactsReadInTransactionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void factsReadInATransactionAreReadAgainAfterARefreshOrARebuildInIt() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        LocalDate start = facts.of(course).orElseThrow().date("start_date");

        transactions.executeWithoutResult(status -> {
            assertThat(facts.of(course).orElseThrow().date("start_date")).isEqualTo(start);
            moveStart(course, start.minusDays(1));
            // Read once: a change behind the facts' back is not seen until the facts are refreshed.
            assertThat(facts.of(course).orElseThrow().date("start_date")).isEqualTo(start);
            facts.refresh(course);
            assertThat(facts.of(course).orElseThrow().date("start_date")).isEqualTo(start.minusDays(1));
            moveStart(course, start.minusDays(2));
            facts.refresh(course, courseContributor());
            assertThat(facts.of(course).orElseThrow().date("start_date")).isEqualTo(start.minusDays(2));
            moveStart(course, start.minusDays(3));
            facts.rebuildWithoutLog();
            assertThat(facts.of(course).orElseThrow().date("start_date")).isEqualTo(start.minusDays(3));
            status.setRollbackOnly();
        });
        assertThat(facts.of(course).orElseThrow().date("start_date")).isEqualTo(start);
    }

    /** The patient module's contributor (package-private there): it keeps the course's dates. */
    @SuppressWarnings("unchecked")
    private static Class<? extends CourseFactContributor> courseContributor() {
        try {
            return (Class<? extends CourseFactContributor>) Class.forName("no.sammen.patient.CourseFactsOfCourse");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void moveStart(UUID course, LocalDate start) {
        jdbc.sql("update treatment_course set start_date = :start where id = :id").param("start", start)
                .param("id", course).update();
    }
}
