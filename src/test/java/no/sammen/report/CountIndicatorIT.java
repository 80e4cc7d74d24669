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
import java.time.ZoneId;
import java.util.UUID;

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
 * K6, IMR sessions per unit and month, as a count indicator of the catalog (ADR 0032): sessions registered
 * through the API appear in the unit report, its summary, the CSV and FHIR with the same count as the IMR
 * board; the month in progress is provisional; a unit without IMR says «not in use».
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CountIndicatorIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService courseFacts;

    @Test
    void sessionsRegisteredAtAUnitAreK6InTheReportTheCsvAndFhirAsOnTheBoard() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        String name = "IMR-enhet " + UUID.randomUUID();
        UUID unit = fixture.unit(name);
        UUID without = fixture.unit("Uten IMR " + UUID.randomUUID());
        String clinician = fixture.user("CLINICIAN", unit);
        String leader = fixture.user("LEADER", unit, without);
        UUID therapist = jdbc.sql("select id from user_account where username = ?").param(clinician)
                .query(UUID.class).single();

        String body = mvc.perform(json(post("/api/v1/courses"), clinician, """
                        {"nationalId": "%s", "displayLabel": "K.S. 1990", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                        .formatted(TestData.nationalId(), unit, TODAY.minusDays(70))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String course = JsonPath.read(body, "$.course.id");
        mvc.perform(json(put("/api/v1/courses/" + course + "/imr"), clinician, """
                        {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": ["PRACTICAL_FACTS"]}"""
                        .formatted(TODAY.minusDays(65), therapist)))
                .andExpect(status().is2xxSuccessful());
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        for (LocalDate day : new LocalDate[] {last.atDay(3), last.atDay(10), last.atDay(17), TODAY}) {
            session(clinician, course, therapist, day, true);
        }
        session(clinician, course, therapist, last.atDay(20), false);

        // The board's count of the last whole month.
        String board = mvc.perform(get("/api/v1/imr/units/" + unit + "/sessions-per-month?from=" + last + "&to="
                + last).with(httpBasic(leader, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int onBoard = ((Number) JsonPath.read(board, "$[0].individual")).intValue()
                + ((Number) JsonPath.read(board, "$[0].group")).intValue();
        assertThat(onBoard).isEqualTo(3);

        String report = page(leader, "/reports/units/" + unit + "?grain=month");
        assertThat(report).contains("id=\"indicator-K6\"").contains("id=\"chart-K6-title\"")
                .contains("class=\"centre-label\"");
        assertThat(section(report, "id=\"latest-K6\"", "</strong>")).contains(onBoard + "\u00a0økter");
        assertThat(section(report, "id=\"summary-K6\"", "</tr>")).contains(onBoard + "\u00a0økter")
                .contains("Ikke vurdert (ingen mål)");
        // By quarter, the running quarter holds today's session: provisional, marked, not the latest value.
        String quarters = page(leader, "/reports/units/" + unit + "?grain=quarter");
        assertThat(quarters).contains("id=\"provisional-K6\"");

        String csv = mvc.perform(get("/api/v1/indicators/K6/values.csv?level=UNIT&period=MONTH&from=" + last.atDay(1)
                + "&to=" + TODAY).with(httpBasic(leader, PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv).startsWith("unit,period,indicator,count,individual,group,in_use,goal,cl,lcl,ucl,signals,"
                + "organisation_level,provisional,catalog_version\r\n");
        assertThat(csv).contains(name + "," + last.atDay(1) + ",K6," + onBoard + ",3,0,true,")
                .contains(name + "," + TODAY.withDayOfMonth(1) + ",K6,1,1,0,true,");
        String current = csv.substring(csv.indexOf(name + "," + TODAY.withDayOfMonth(1)));
        assertThat(current.substring(0, current.indexOf("\r\n"))).endsWith(",UNIT,true,6");

        String fhir = mvc.perform(get("/api/v1/fhir/MeasureReport?indicator=K6&unit=" + unit + "&period=" + last)
                .with(httpBasic(leader, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(fhir, "$.entry[0].resource.group[0].population[0].count")).intValue())
                .isEqualTo(onBoard);
        assertThat((String) JsonPath.read(fhir, "$.entry[0].resource.status")).isEqualTo("complete");

        // A unit without IMR: «not in use», not a row of zeros.
        String other = page(leader, "/reports/units/" + without + "?grain=month");
        assertThat(other).contains("id=\"not-in-use-K6\"");
        assertThat(section(other, "id=\"summary-K6\"", "</tr>")).contains("Ikke i bruk");
    }

    private void session(String username, String course, UUID therapist, LocalDate day, boolean attended)
            throws Exception {
        mvc.perform(json(post("/api/v1/courses/" + course + "/imr/sessions"), username, """
                        {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "PRACTICAL_FACTS",
                         "part": 1, "homeworkChosen": false, "attended": %s}""".formatted(day, therapist, attended)))
                .andExpect(status().isCreated());
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username,
            String body) {
        return request.with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
