package no.sammen.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unit worklist over 2,500 active courses, one client (issue 8 §1, issue 10 §4): the page and the
 * API answer within 300 ms. A rough measurement, not a benchmark: the median of seven requests after
 * two to warm up is printed (on an idle machine about 110 ms for the page on H2; on PostgreSQL see the
 * README), and held to 1 s, so that a machine shared by several builds does not fail it while a return
 * to building every course's items in Java would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorklistSpeedIT {

    private static final int COURSES = 2_500;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    CourseFactService facts;

    @Test
    void aUnitWorklistOver2500ActiveCoursesAnswersQuickly() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        LocalDate today = WorklistFixture.today();
        UUID trust = jdbc.sql("select c.trust_id from org_unit u join clinic c on c.id = u.clinic_id where u.id = ?")
                .param(f.unit).query(UUID.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> patients = new ArrayList<>();
        List<Object[]> courses = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < COURSES; i++) {
            UUID patient = UUID.randomUUID();
            UUID course = UUID.randomUUID();
            LocalDate start = today.minusDays(i % 400);
            patients.add(new Object[] {patient, trust, UUID.randomUUID().toString().replace("-", ""), now});
            courses.add(new Object[] {course, patient, f.unit, start, now, "S." + i, i % 4 == 0 ? f.clinician : null});
            // The facts a rebuild computes for a course with nothing registered, some with the contact made.
            rows.add(new Object[] {course, f.unit, start, start.getYear() * 100 + start.getMonthValue(),
                    i % 4 == 0 ? f.clinician : null, i % 3 == 0 ? start : null});
        }
        template.batchUpdate("insert into patient (id, trust_id, pseudonym, display_label, created_at, version)"
                + " values (?, ?, ?, 'S.', ?, 0)", patients);
        template.batchUpdate("""
                insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code, psychosis,
                    legal_status, pathway, created_at, version, display_label, responsible_user_id)
                values (?, ?, ?, ?, null, 'F20', true, 'VOLUNTARY', 'ORDINARY', ?, 0, ?, ?)""", courses);
        template.batchUpdate("""
                insert into course_fact (course_id, unit_id, start_date, start_month, psychosis, responsible_user_id,
                    first_contact_on)
                values (?, ?, ?, ?, true, ?, ?)""", rows);

        long page = median("/worklist?unit=" + f.unit, f.username);
        long api = median("/api/v1/worklist?unitId=" + f.unit, f.username);
        long mine = median("/worklist?courses=MINE&task=CRISIS_PLAN&unit=" + f.unit, f.username);
        long stale = median("/worklist/stale?unit=" + f.unit, f.username);
        System.out.printf("Unit worklist over %d active courses, one client, median of 7: page %d ms, API %d ms,"
                + " filtered page %d ms, long-stale page %d ms%n", COURSES, page, api, mine, stale);
        assertThat(List.of(page, api, mine, stale)).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(1_000));
    }

    private long median(String url, String username) throws Exception {
        long[] times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            mvc.perform(get(url).with(user(username))).andExpect(status().isOk());
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] measured = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
