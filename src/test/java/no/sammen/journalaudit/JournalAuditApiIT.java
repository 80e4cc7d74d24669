package no.sammen.journalaudit;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Journal audits through the API on the whole application: a leader opens a round whose sample is drawn
 * reproducibly from the population and stored; a sample larger than the population is refused naming the
 * field and the population's size, with nothing stored; an auditor answers checklists, and an answer for a
 * course not in the sample, an unknown item or an incomplete completion is refused; the results count the
 * items, the total, K8 and the agreement with Sammen; rounds stay inside the unit; reads and saves are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JournalAuditApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /**
     * A month far back that no other test uses, so that the population is this test's courses alone, and so that
     * these courses stay out of the months whose region-wide counts other tests check (IndicatorCsvIT's 2014,
     * FhirApiIT's, 2011–2026): the 2000s.
     */
    private static LocalDate month() {
        int index = NEXT_MONTH.getAndIncrement() % 120;
        return LocalDate.of(2000 + index / 12, 1 + index % 12, 1);
    }

    /**
     * Each test takes a month of its own (two tests on one month would find each other's round or courses); the
     * start is random so that a rerun against a kept database does not meet the rounds of the run before.
     */
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger(new Random().nextInt(120));

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private UUID unit(String name) {
        return TestData.unitId(jdbc, name);
    }

    /** A psychosis course of Kronstad sengepost started on {@code start}, registered by the clinician. */
    private UUID course(LocalDate start, String label) throws Exception {
        String body = mvc.perform(json(post("/api/v1/courses"), "behandler", """
                        {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                        .formatted(TestData.nationalId(), label, unit("Kronstad sengepost"), start)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.course.id"));
    }

    private List<UUID> population(LocalDate month, int size) throws Exception {
        List<UUID> courses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            courses.add(course(month.plusDays(i), "J.A. " + (1950 + i)));
        }
        return courses;
    }

    private String open(LocalDate month, int size, Long seed) throws Exception {
        return mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "leder",
                        """
                        {"periodKind": "MONTH", "period": "%s", "population": "STARTED_PSYCHOSIS", "sampleSize": %d,
                         "seed": %s}""".formatted(month.toString().substring(0, 7), size, seed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private long rounds(UUID unitId, LocalDate month) {
        return jdbc.sql("select count(*) from journal_audit_round where unit_id = ? and period_start = ?")
                .params(unitId, month).query(Long.class).single();
    }

    @Test
    void aLeaderDrawsAReproducibleSampleThatIsStoredInOrder() throws Exception {
        LocalDate month = month();
        List<UUID> population = population(month, 6);
        String round = open(month, 4, 20260401L);
        UUID roundId = UUID.fromString(JsonPath.read(round, "$.id"));
        assertThat((Integer) JsonPath.read(round, "$.populationSize")).isEqualTo(6);
        assertThat(((Number) JsonPath.read(round, "$.seed")).longValue()).isEqualTo(20260401L);

        List<UUID> stored = jdbc.sql("select course_id from journal_audit_record where round_id = ? order by position")
                .param(roundId).query(UUID.class).list();
        assertThat(stored).isEqualTo(SampleDraw.draw(population, 4, 20260401L));
        assertThat(jdbc.sql("select count(*) from journal_audit_population where round_id = ?").param(roundId)
                .query(Long.class).single()).isEqualTo(6);

        String shown = mvc.perform(get("/api/v1/journal-audits/rounds/{id}", roundId).with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records", hasSize(4)))
                .andExpect(jsonPath("$.redrawMatches").value(true))
                .andExpect(jsonPath("$.records[0].displayLabel", containsString("J.A.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).doesNotContain("nationalId");
        // each sampled course shown is logged as listed for the audit
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'treatment_course' and action = 'LIST'"
                        + " and details like ?").param("journal audit round%" + roundId + "%").query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void aSampleLargerThanThePopulationIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        LocalDate month = month();
        population(month, 3);
        mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "leder", """
                        {"periodKind": "MONTH", "period": "%s", "population": "STARTED_PSYCHOSIS", "sampleSize": 5}"""
                        .formatted(month.toString().substring(0, 7))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sampleSize"))
                .andExpect(jsonPath("$.errors[0].message", containsString("3")));
        assertThat(rounds(unit("Kronstad sengepost"), month)).isZero();
    }

    @Test
    void aPeriodNotYetOverAndABadPeriodAreRefusedNamingTheField() throws Exception {
        String thisMonth = LocalDate.now().toString().substring(0, 7);
        mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "leder", """
                        {"periodKind": "MONTH", "period": "%s", "population": "STARTED_PSYCHOSIS", "sampleSize": 1}"""
                        .formatted(thisMonth)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "leder", """
                        {"periodKind": "QUARTER", "period": "2020-13", "population": "STARTED_PSYCHOSIS", "sampleSize": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'period')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'sampleSize')]").exists());
    }

    @Test
    void onlyALeaderOrCoordinatorOfTheUnitOpensARoundAndRoundsStayInsideTheUnit() throws Exception {
        LocalDate month = month();
        population(month, 2);
        String body = """
                {"periodKind": "MONTH", "period": "%s", "population": "STARTED_PSYCHOSIS", "sampleSize": 1}"""
                .formatted(month.toString().substring(0, 7));
        mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "behandler", body))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "behandler2", body))
                .andExpect(status().isNotFound());
        assertThat(rounds(unit("Kronstad sengepost"), month)).isZero();
        UUID roundId = UUID.fromString(JsonPath.read(open(month, 1, null), "$.id"));
        mvc.perform(get("/api/v1/journal-audits/rounds/{id}", roundId).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/units/{unit}/journal-audits/results", unit("Kronstad sengepost"))
                .with(httpBasic("behandler2", PASSWORD))).andExpect(status().isNotFound());
        // a round opened twice for the same population and period is refused
        mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit("Kronstad sengepost")), "koordinator", body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void checklistsAreAnsweredOnlyForSampledCoursesAndCountedInTheResults() throws Exception {
        LocalDate month = month();
        List<UUID> population = population(month, 3);
        UUID roundId = UUID.fromString(JsonPath.read(open(month, 2, 7L), "$.id"));
        List<UUID> sample = SampleDraw.draw(population, 2, 7L);
        UUID outside = population.stream().filter(c -> !sample.contains(c)).findFirst().orElseThrow();
        String all = """
                {"version": 0, "completed": true, "answers": {"CLOSEST_RELATIVE": "YES", "RELATIVE_CONTACT": "NO",
                 "CONFIDENTIALITY": "YES", "RELATIVE_EXPERIENCE": "YES", "CRISIS_PLAN": "NO", "CHILDREN": "NOT_APPLICABLE"}}""";

        // a course not in the sample
        mvc.perform(json(put("/api/v1/journal-audits/rounds/{r}/records/{c}", roundId, outside), "behandler", all))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("courseId"));
        // an unknown item, and a completion with an item unanswered
        mvc.perform(json(put("/api/v1/journal-audits/rounds/{r}/records/{c}", roundId, sample.get(0)), "behandler", """
                        {"version": 0, "completed": true, "answers": {"CLOSEST_RELATIVE": "YES", "NOT_AN_ITEM": "YES"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[NOT_AN_ITEM]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[CHILDREN]')]").exists());
        assertThat(jdbc.sql("select count(*) from journal_audit_answer a join journal_audit_record r on r.id = a.record_id"
                + " where r.round_id = ?").param(roundId).query(Long.class).single()).isZero();

        mvc.perform(json(put("/api/v1/journal-audits/rounds/{r}/records/{c}", roundId, sample.get(0)), "behandler", all))
                .andExpect(status().isOk()).andExpect(jsonPath("$.completed").value(true))
                .andExpect(jsonPath("$.version").value(1));
        // the same version again is someone else's save
        mvc.perform(json(put("/api/v1/journal-audits/rounds/{r}/records/{c}", roundId, sample.get(0)), "behandler", all))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/journal-audits/rounds/{r}/records/{c}", roundId, sample.get(1)), "leder", """
                        {"version": 0, "completed": true, "answers": {"CLOSEST_RELATIVE": "YES", "RELATIVE_CONTACT": "YES",
                         "CONFIDENTIALITY": "YES", "RELATIVE_EXPERIENCE": "NOT_APPLICABLE", "CRISIS_PLAN": "YES",
                         "CHILDREN": "YES"}}"""))
                .andExpect(status().isOk());

        // the analyst belongs to no unit: not found
        mvc.perform(get("/api/v1/units/{unit}/journal-audits/results", unit("Kronstad sengepost"))
                .with(httpBasic("analytiker", PASSWORD))).andExpect(status().isNotFound());
        String results = mvc.perform(get("/api/v1/units/{unit}/journal-audits/results", unit("Kronstad sengepost"))
                        .with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String r = "$[?(@.round.id == '" + roundId + "')]";
        assertThat((List<Integer>) JsonPath.read(results, r + ".meeting")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(results, r + ".audited")).containsExactly(2);
        assertThat((List<Integer>) JsonPath.read(results, r + ".yes")).containsExactly(8);
        assertThat((List<Integer>) JsonPath.read(results, r + ".applicable")).containsExactly(10);
        assertThat((List<Boolean>) JsonPath.read(results, r + ".provisional")).containsExactly(false);
        assertThat((List<Integer>) JsonPath.read(results, r + ".items[?(@.itemId == 'CRISIS_PLAN')].yes"))
                .containsExactly(1);
        // Sammen registered no crisis plan and no contact for either course: the audit agrees where it said no
        assertThat((List<Integer>) JsonPath.read(results, r + ".agreement[?(@.itemId == 'CRISIS_PLAN')].agree"))
                .containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(results, r + ".agreement[?(@.itemId == 'CRISIS_PLAN')].compared"))
                .containsExactly(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'journal_audit_record' and action = 'UPDATE'"
                + " and details like ?").param("journal audit round " + roundId + "%").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aRecordShowsTheSammenRegistrationsAndItsReadIsAudited() throws Exception {
        LocalDate month = month();
        List<UUID> population = population(month, 1);
        UUID roundId = UUID.fromString(JsonPath.read(open(month, 1, null), "$.id"));
        String patientKey = jdbc.sql("select p.pseudonym from treatment_course c join patient p on p.id = c.patient_id"
                + " where c.id = ?").param(population.get(0)).query(String.class).single();
        long before = jdbc.sql("select count(*) from audit_entry where patient_key = ? and object_type = 'journal_audit_record'")
                .param(patientKey).query(Long.class).single();
        mvc.perform(get("/api/v1/journal-audits/rounds/{r}/records/{c}", roundId, population.get(0))
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.course.displayLabel").value("J.A. 1950"))
                .andExpect(jsonPath("$.family.closestRelativeRecorded").value(false))
                .andExpect(jsonPath("$.conversations.crisisPlanOn").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_entry where patient_key = ? and object_type = 'journal_audit_record'")
                .param(patientKey).query(Long.class).single()).isEqualTo(before + 1);
    }
}
