package no.sammen.shareddecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.IndicatorValue;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.worklist.WorklistFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * K7 counted from the facts this module keeps, registered through the API: a decision on day 30 meets
 * it, one on day 31 does not; and the worklist's items of a course, the K7 item due on day 30 and the
 * day to revisit the latest decision.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharedDecisionIndicatorIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;
    @Autowired
    IndicatorService indicators;

    private void decide(String username, UUID course, LocalDate on, LocalDate revisitOn) throws Exception {
        mvc.perform(post("/api/v1/courses/" + course + "/shared-decisions").with(user(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"decidedOn": "%s", "question": "TREATMENT", "optionIds": ["CBT_PSYCHOSIS", "IPS"],
                                 "whatMatters": "Jobb", "decisionAidUsed": false, "decision": "Begge",
                                 "revisitOn": %s}""".formatted(on, revisitOn == null ? "null" : "\"" + revisitOn + "\"")))
                .andExpect(status().isCreated());
    }

    @Test
    void k7CountsADecisionOnDay30AndNotOneOnDay31() throws Exception {
        // A unit of its own in an existing clinic, so that this test adds no clinic whose empty periods other
        // tests' suppressed region tables would have to protect.
        WorklistFixture f = new WorklistFixture(jdbc, facts, "x");
        UUID unit = f.unit;
        String clinician = f.username;
        LocalDate start = LocalDate.of(2025, 3, 3);
        UUID day0 = f.course(start);
        decide(clinician, day0, start, null);
        UUID day30 = f.course(start);
        decide(clinician, day30, start.plusDays(30), null);
        UUID day31 = f.course(start);
        decide(clinician, day31, start.plusDays(31), null);
        // None documented: with these, the unit's month has the five courses the reports show unsuppressed.
        f.course(LocalDate.of(2025, 3, 20));
        f.course(LocalDate.of(2025, 3, 21));
        UUID notPsychosis = f.course(start);
        jdbc.sql("update treatment_course set diagnosis_code = 'F32.1', psychosis = false where id = ?")
                .param(notPsychosis).update();
        facts.refresh(notPsychosis);
        decide(clinician, notPsychosis, start.plusDays(2), null);
        // A later decision does not move the first one's day.
        decide(clinician, day30, start.plusDays(90), null);

        IndicatorValue value = indicators.values("K7", OrgLevel.UNIT, PeriodType.MONTH, start, start).stream()
                .filter(v -> unit.equals(v.orgId())).findFirst().orElseThrow();
        assertThat(List.of(value.numerator(), value.denominator())).containsExactly(2L, 5L);
        assertThat(jdbc.sql("select shared_decision_on from course_fact where course_id = ?").param(day30)
                .query(LocalDate.class).single()).isEqualTo(start.plusDays(30));
        assertThat(facts.of(day31).orElseThrow().date("shared_decision_on")).isEqualTo(start.plusDays(31));
    }

    @Test
    void theWorklistAsksForADecisionBy30DaysAndRemindsOfTheDayToRevisit() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts, "x");
        LocalDate today = WorklistFixture.today();
        UUID course = f.course(today.minusDays(10));
        String own = mvc.perform(get("/api/v1/courses/" + course + "/worklist").with(user(f.username)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(own, "$[?(@.type == 'SHARED_DECISION')].dueOn"))
                .containsExactly(today.plusDays(20).toString());
        assertThat((List<String>) JsonPath.read(own, "$[?(@.type == 'SHARED_DECISION_REVISIT')].type")).isEmpty();

        decide(f.username, course, today.minusDays(3), today.plusDays(2));
        own = mvc.perform(get("/api/v1/courses/" + course + "/worklist").with(user(f.username)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(own, "$[?(@.type == 'SHARED_DECISION')].status"))
                .containsExactly("DONE");
        assertThat((List<String>) JsonPath.read(own, "$[?(@.type == 'SHARED_DECISION_REVISIT')].status"))
                .containsExactly("DUE");
        assertThat((List<String>) JsonPath.read(own, "$[?(@.type == 'SHARED_DECISION_REVISIT')].dueOn"))
                .containsExactly(today.plusDays(2).toString());

        String unitList = mvc.perform(get("/api/v1/worklist").param("unitId", f.unit.toString())
                        .param("task", "SHARED_DECISION_REVISIT").with(user(f.username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(unitList, "$.result.items[*].course.id"))
                .containsExactly(course.toString());
        assertThat((List<String>) JsonPath.read(unitList, "$.result.items[0].items[*].dueOn"))
                .containsExactly(today.plusDays(2).toString());
        assertThat((String) JsonPath.read(unitList, "$.result.items[0].group")).isEqualTo("DUE_SOON");

        // A later decision without a day to revisit takes the reminder away.
        decide(f.username, course, today, null);
        String after = mvc.perform(get("/api/v1/worklist").param("unitId", f.unit.toString())
                        .param("task", "SHARED_DECISION_REVISIT").with(user(f.username)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(after, "$.result.items[*].course.id")).isEmpty();
    }
}
