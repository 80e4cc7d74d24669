package no.sammen.report;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.ExportFixture;
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
 * K8 and K9 as entries of the indicator catalog (ADR 0038), told by the journal audit and competence modules:
 * for the test's own units, the catalog's values (CSV) equal what the journal audit's results and the competence
 * overview's K9 give for the same registrations; a unit's small denominators are hidden from an analyst as for
 * every proportion, and a round with a record not completed makes its month provisional; the unit report and its
 * summary show both, with levels, and without drill-down to courses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ContributedIndicatorsIT {

    /**
     * A month of the 2000s (journal audit tests' years, away from the months whose region-wide counts other tests
     * check), one per run and test, from the end of the decade so as to stay apart from JournalAuditApiIT's draws
     * in most runs; the rounds are at this test's own units, so they never meet another test's round.
     */
    private static final AtomicInteger NEXT = new AtomicInteger(new Random().nextInt(60));

    private static final String ALL_YES = """
            {"version": 0, "completed": %s, "answers": {"CLOSEST_RELATIVE": "YES", "RELATIVE_CONTACT": "YES",
             "CONFIDENTIALITY": "YES", "RELATIVE_EXPERIENCE": "YES", "CRISIS_PLAN": "YES", "CHILDREN": "NOT_APPLICABLE"}}""";
    private static final String ONE_NO = """
            {"version": 0, "completed": true, "answers": {"CLOSEST_RELATIVE": "YES", "RELATIVE_CONTACT": "NO",
             "CONFIDENTIALITY": "YES", "RELATIVE_EXPERIENCE": "YES", "CRISIS_PLAN": "YES", "CHILDREN": "NOT_APPLICABLE"}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService courseFacts;

    @Test
    void k8AndK9InTheCatalogEqualTheModulesOwnFiguresAndAreSuppressedLikeEveryProportion() throws Exception {
        int index = 60 + NEXT.getAndIncrement() % 60;
        LocalDate month = LocalDate.of(2000 + index / 12, 1 + index % 12, 1);
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID big = fixture.unit("Revidert stor " + UUID.randomUUID());
        UUID small = fixture.unit("Revidert liten " + UUID.randomUUID());
        String clinician = fixture.user("CLINICIAN", big, small);
        String leader = fixture.user("LEADER", big, small);
        String analyst = fixture.user("ANALYST");

        // K8 at the big unit: six records completed, four meet the criteria.
        UUID round = round(big, month, courses(clinician, big, month, 6), 6, leader);
        List<UUID> sample = sample(round);
        for (int i = 0; i < sample.size(); i++) {
            record(round, sample.get(i), i < 4 ? ALL_YES.formatted(true) : ONE_NO, clinician);
        }
        // At the small unit: three sampled, two completed (both meet), one not yet: provisional, and under 5.
        UUID smallRound = round(small, month, courses(clinician, small, month, 3), 3, leader);
        List<UUID> smallSample = sample(smallRound);
        record(smallRound, smallSample.get(0), ALL_YES.formatted(true), clinician);
        record(smallRound, smallSample.get(1), ALL_YES.formatted(true), clinician);

        String results = mvc.perform(get("/api/v1/units/{unit}/journal-audits/results", big)
                .with(httpBasic(leader, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String r = "$[?(@.round.id == '" + round + "')]";
        int meeting = JsonPath.<List<Integer>>read(results, r + ".meeting").get(0);
        int audited = JsonPath.<List<Integer>>read(results, r + ".audited").get(0);
        assertThat(meeting).isEqualTo(4);
        assertThat(audited).isEqualTo(6);

        String period = "&period=MONTH&from=" + month + "&to=" + month.withDayOfMonth(month.lengthOfMonth());
        String own = csv(leader, "/api/v1/indicators/K8/values.csv?level=UNIT" + period);
        assertThat(line(own, big)).contains(",K8," + meeting + "," + audited + ",0.666667,YELLOW,")
                .contains(",UNIT,false,");
        // The small unit's month: its own leader sees 2 of 2, marked provisional (a record is not completed yet).
        assertThat(line(own, small)).contains(",K8,2,2,1,,").contains(",UNIT,true,");
        // An analyst: the small unit's 2 is hidden; to protect it, the big unit's value or the clinic's sum is
        // hidden too (together they would give it away), as for every proportion.
        String outside = csv(analyst, "/api/v1/indicators/K8/values.csv?level=UNIT" + period);
        assertThat(line(outside, small)).doesNotContain(",2,2,");
        boolean bigShown = line(outside, big).contains(",4,6,");
        boolean clinicShown = csv(analyst, "/api/v1/indicators/K8/values.csv?level=CLINIC" + period)
                .contains("," + month + ",K8,6,8,");
        assertThat(bigShown && clinicShown).as("the small unit's value could be worked out").isFalse();

        // K9: three staff at the big unit, none with a complete plan: 0 of 3 each month, as the overview says.
        for (String name : List.of("Anne Ansatt", "Bjørn Ansatt", "Cecilie Ansatt")) {
            jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, version) values (?, ?, ?,"
                    + " 'NURSE', 'Sykepleier', 0)").params(UUID.randomUUID(), big, name).update();
        }
        YearMonth last = YearMonth.now().minusMonths(1);
        String k9 = mvc.perform(get("/api/v1/competence/units/" + big + "/k9?from=" + last + "&to=" + last)
                .with(httpBasic(leader, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int staff = JsonPath.read(k9, "$[0].staff");
        int complete = JsonPath.read(k9, "$[0].complete");
        assertThat(staff).isEqualTo(3);
        String k9Csv = csv(leader, "/api/v1/indicators/K9/values.csv?level=UNIT&period=MONTH&from=" + last.atDay(1)
                + "&to=" + last.atEndOfMonth());
        assertThat(line(k9Csv, big)).contains(",K9," + complete + "," + staff + ",");
        assertThat(line(csv(analyst, "/api/v1/indicators/K9/values.csv?level=UNIT&period=MONTH&from="
                + last.atDay(1) + "&to=" + last.atEndOfMonth()), big)).doesNotContain(",0,3,");

        // The unit report: K8 and K9 are indicators of the page with their summary lines; no drill-down link.
        String report = mvc.perform(get("/reports/units/" + big + "?grain=month").with(user(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("id=\"indicator-K8\"").contains("id=\"indicator-K9\"")
                .contains("id=\"summary-K8\"").contains("id=\"summary-K9\"").contains("id=\"chart-K9-title\"")
                .doesNotContain("/indicators/K9/courses").doesNotContain("/indicators/K8/courses");
        assertThat(report.substring(report.indexOf("id=\"summary-K9\""))).contains("0 av 3 (0 %)");
    }

    private List<UUID> courses(String clinician, UUID unit, LocalDate month, int count) throws Exception {
        List<UUID> courses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = mvc.perform(json(post("/api/v1/courses"), clinician, """
                            {"nationalId": "%s", "displayLabel": "R.K. %d", "unitId": "%s", "startDate": "%s",
                             "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                            .formatted(TestData.nationalId(), 1960 + i, unit, month.plusDays(i))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            courses.add(UUID.fromString(JsonPath.read(body, "$.course.id")));
        }
        return courses;
    }

    private UUID round(UUID unit, LocalDate month, List<UUID> population, int size, String leader) throws Exception {
        assertThat(population).hasSize(size);
        String body = mvc.perform(json(post("/api/v1/units/{unit}/journal-audits/rounds", unit), leader, """
                        {"periodKind": "MONTH", "period": "%s", "population": "STARTED_PSYCHOSIS", "sampleSize": %d,
                         "seed": 11}""".formatted(month.toString().substring(0, 7), size)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private List<UUID> sample(UUID round) {
        return jdbc.sql("select course_id from journal_audit_record where round_id = ? order by position")
                .param(round).query(UUID.class).list();
    }

    private void record(UUID round, UUID course, String body, String user) throws Exception {
        mvc.perform(json(put("/api/v1/journal-audits/rounds/{r}/records/{c}", round, course), user, body))
                .andExpect(status().isOk());
    }

    private String csv(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The CSV line of a unit, from the comma after its name. */
    private String line(String csv, UUID unit) {
        String name = jdbc.sql("select name from org_unit where id = ?").param(unit).query(String.class).single();
        int start = csv.indexOf(name + ",");
        assertThat(start).as(name).isNotNegative();
        return csv.substring(start + name.length(), csv.indexOf("\r\n", start));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username,
            String body) {
        return request.with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
