package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import no.sammen.indicator.ExportFixture;
import no.sammen.indicator.IndicatorFixture;
import no.sammen.indicator.IndicatorService;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitReportIT {

    /** The start of a chart as ChartSvg draws it (the summary's trend lines and the legend are SVG too). */
    private static final String CHART = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spc-chart\" role=\"img\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;
    @Autowired
    IndicatorService indicators;
    @Autowired
    Clock clock;

    @Test
    void aLeaderSeesEveryIndicatorWithAChartAndADataTableOfTheirUnit() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        IndicatorFixture fixture = new IndicatorFixture(jdbc, courseFacts);
        fixture.history(unit, LocalDate.now(clock), 24);
        fixture.pefHistory(unit, LocalDate.now(clock), 24);
        String html = page("leder", "/reports/units/" + unit);

        // The course indicators, and K9 (ADR 0038): the unit has staff; K8 has no audit round here, so no chart.
        int indicatorCount = indicators.catalog().size() + 1;
        assertThat(count(html, CHART)).isEqualTo(indicatorCount);
        assertThat(count(html, "role=\"img\"")).isEqualTo(indicatorCount);
        assertThat(count(html, "<title id=\"chart-")).isEqualTo(indicatorCount);
        assertThat(count(html, "<desc id=\"chart-")).isEqualTo(indicatorCount);
        for (var definition : indicators.catalog()) {
            assertThat(html).contains("id=\"data-" + definition.id() + "\"");
        }
        assertThat(html).contains("Enhetsrapport: Kronstad sengepost").contains("class=\"centre")
                .contains("class=\"target\"").contains("id=\"k4-breakdown\"").contains("id=\"k4-not-invited\"")
                .doesNotContain("id=\"suppression-note\"").doesNotContain("færre enn 5")
                .doesNotContain("class=\"limit\"");
        assertThat(html).containsAnyOf("Grønn: målet er nådd", "Gul: nær målet", "Rød: under målet", "Ingen data");
    }

    @Test
    void theReportSaysItsCatalogVersionAndShowsK1sDayZeroAndTheExclusionsAfterTheWindow() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        LocalDate start = YearMonth.now(clock).minusMonths(2).atDay(3);
        f.contact(f.course(unit, true, start.toString(), null), start + "T10:00:00Z");
        f.noNetwork(f.course(unit, true, start.toString(), null), start.plusDays(9));
        String html = page("leder", "/reports/units/" + unit);
        assertThat(html).contains("id=\"catalog-version\"").contains("indikatorkatalogen, versjon 6")
                .contains("id=\"breakdown-K1-DAY_0\"").contains("Kontaktet samme dag (dag 0): ")
                .contains("id=\"breakdown-K1-LETTER_ATTEMPT\"")
                .contains("id=\"excluded-after-window-K1\"").contains("id=\"excluded-after-window-K3\"")
                .doesNotContain("id=\"excluded-after-window-K2_PATIENT\"");
        String k1 = html.substring(html.indexOf("id=\"excluded-after-window-K1\""));
        assertThat(k1.substring(0, k1.indexOf("</li>"))).doesNotContain(": 0 av");
    }

    @Test
    void thePChartHasLimitsAndTheListShowsOnlyOnesOwnUnits() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        new IndicatorFixture(jdbc, courseFacts).history(unit, LocalDate.now(clock), 24);
        assertThat(page("leder", "/reports/units/" + unit + "?chart=p")).contains("class=\"limit\"")
                .contains("P-diagram");
        assertThat(page("leder", "/reports")).contains("Kronstad sengepost").contains("Kronstad poliklinikk")
                .doesNotContain("Voss poliklinikk").contains("id=\"nav-reports\"");
        assertThat(page("analytiker", "/reports")).contains("Voss poliklinikk").contains("Kronstad sengepost");
    }

    @Test
    void aClinicianOfAnotherUnitGetsNotFound() throws Exception {
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        mvc.perform(get("/reports/units/" + kronstad).with(user("behandler2"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/units/" + UUID.randomUUID()).with(user("leder"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/units/" + kronstad).with(user("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void anAnalystSeesFewerThanFiveWhereTheDenominatorIsSmallButTheUnitsOwnLeaderSeesTheNumbers()
            throws Exception {
        UUID unit = smallUnit();
        String analyst = page("analytiker", "/reports/units/" + unit);
        assertThat(analyst).contains("id=\"suppression-note\"").contains("færre enn 5");
        assertThat(count(analyst, CHART) + count(analyst, "class=\"chart-empty\""))
                .isEqualTo(indicators.catalog().size() + indicators.contributedIndicators().size());
        assertThat(analyst).doesNotContain("3 av 3");

        UUID leader = jdbc.sql("select id from user_account where username = 'leder'").query(UUID.class).single();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(leader, unit).update();
        try {
            String own = page("leder", "/reports/units/" + unit);
            assertThat(own).doesNotContain("færre enn 5").contains("3 av 3");
        } finally {
            jdbc.sql("delete from user_unit where user_id = ? and unit_id = ?").params(leader, unit).update();
        }
    }

    @Test
    void theK4BreakdownIsHiddenFromOthersWhenOneOfItsMonthsIsHidden() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("K4-enhet " + UUID.randomUUID());
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        endedCourses(unit, latest.atDay(10), 3);
        endedCourses(unit, latest.minusMonths(1).atDay(10), 10);

        assertThat(page("analytiker", "/reports/units/" + unit)).contains("id=\"k4-hidden\"");
        String leader = fixture.user("LEADER", unit);
        assertThat(page(leader, "/reports/units/" + unit)).doesNotContain("id=\"k4-hidden\"")
                .contains("id=\"k4-not-invited\"");
    }

    private void endedCourses(UUID unit, LocalDate end, int count) {
        UUID patient = jdbc.sql("select id from patient order by created_at limit 1").query(UUID.class).single();
        for (int i = 0; i < count; i++) {
            UUID course = UUID.randomUUID();
            jdbc.sql("""
                    insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code,
                        psychosis, legal_status, pathway, created_at, version)
                    values (?, ?, ?, ?, ?, 'F20', true, 'VOLUNTARY', 'ORDINARY', current_timestamp, 0)""")
                    .params(course, patient, unit, end.minusDays(30), end).update();
            courseFacts.refresh(course);
        }
    }

    /** A unit of its own clinic with three psychosis courses that started on the first of last month. */
    private UUID smallUnit() {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("Rapportenhet " + UUID.randomUUID());
        fixture.k1Courses(unit, YearMonth.now(clock).minusMonths(1).atDay(1).toString(), 3, 3);
        return unit;
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
