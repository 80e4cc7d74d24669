package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.ExportFixture;
import no.sammen.indicator.PeriodType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The summary that opens Rapporter and the unit report: values, levels, variation and assurance, per viewer. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SummaryIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;
    @Autowired
    Clock clock;

    @Test
    void aLeaderLandsOnTheSummaryOfTheirUnitWhereAShiftUpwardsIsImprovementAndNoConversationMissesTheTarget()
            throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        String name = "Skifteenhet " + UUID.randomUUID();
        UUID unit = shiftingUnit(fixture, name);
        String leader = fixture.user("LEADER", unit);

        String page = page(leader, "/reports");
        assertThat(page).contains("Sammendrag: " + name).contains("id=\"summary-form\"");
        String k1 = row(page, "K1");
        assertThat(k1).contains("9 av 10 (90 %)").contains("level-green").contains("Særskilt årsak: bedring")
                .contains("class=\"sparkline\"").contains("aria-hidden=\"true\"")
                .contains("href=\"/reports/units/" + unit + "#indicator-K1\"");
        // No course had a conversation: the centre line is 0 %, far below the 70 % target.
        assertThat(row(page, "K2")).contains("Når ikke målet (70\u00a0%) slik det går nå").contains("Vanlig variasjon");

        String report = page(leader, "/reports/units/" + unit);
        assertThat(report.indexOf("id=\"summary\"")).isLessThan(report.indexOf("id=\"indicator-K1\""));
        assertThat(row(report, "K1")).contains("href=\"#indicator-K1\"").contains("Særskilt årsak: bedring");
        assertThat(report).contains("id=\"legend-heading\"").contains("class=\"centre-label\"");
    }

    @Test
    void theLevelIsShownOnlyWhenTheDenominatorReachesTheIndicatorsMinimum() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("Liten enhet " + UUID.randomUUID());
        fixture.k1Courses(unit, finalMonth().atDay(2).toString(), 3, 3);
        String leader = fixture.user("LEADER", unit);

        String k1 = row(page(leader, "/reports"), "K1");
        assertThat(k1).contains("3 av 3 (100 %)").contains("Ikke vurdert (under 5 forløp)")
                .doesNotContain("level-green").contains("Ikke vurdert (for få perioder med verdi)");
        assertThat(page(leader, "/reports/units/" + unit)).doesNotContain("Grønn: målet er nådd");
    }

    @Test
    void anAnalystLandsOnTheRegionAndMayPickAClinicOrAUnitWhoseSmallValuesStayHidden() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        String name = "Analyseenhet " + UUID.randomUUID();
        UUID unit = fixture.unit(name);
        fixture.k1Courses(unit, finalMonth().atDay(2).toString(), 3, 3);

        String region = page("analytiker", "/reports");
        assertThat(region).contains("Sammendrag: Hele regionen").contains("value=\"clinic:" + fixture.clinic + "\"")
                .contains("value=\"unit:" + unit + "\"").contains("href=\"/reports/compare?indicator=K1\"");
        String clinic = page("analytiker", "/reports?scope=clinic:" + fixture.clinic);
        assertThat(clinic).contains("Sammendrag: Eksportklinikk " + fixture.clinic)
                .contains("href=\"/reports/compare?indicator=K1&amp;clinic=" + fixture.clinic + "\"");
        String small = page("analytiker", "/reports?scope=unit:" + unit);
        assertThat(row(small, "K1")).contains("færre enn 5").doesNotContain("3 av 3");
    }

    @Test
    void noOneGetsASummaryTheyMayNotSee() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID other = fixture.unit("Annen enhet " + UUID.randomUUID());
        mvc.perform(get("/reports?scope=unit:" + other).with(user("leder"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports?scope=region").with(user("behandler"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports?scope=clinic:" + UUID.randomUUID()).with(user("analytiker")))
                .andExpect(status().isNotFound());
        assertThat(page("behandler", "/reports")).doesNotContain("Hele regionen").contains("Sammendrag: ");
    }

    @Test
    void aChartWithoutDataSaysWhyInsteadOfDrawingAnEmptyAxis() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = shiftingUnit(fixture, "Tom enhet " + UUID.randomUUID());
        String leader = fixture.user("LEADER", unit);

        // Only K1 courses, none ended: K3 (placed by the end date) has no course in the period.
        String own = page(leader, "/reports/units/" + unit);
        assertThat(own).contains("id=\"chart-empty-K3\"").contains("Ingen forløp i perioden")
                .doesNotContain("id=\"chart-K3-title\"").contains("id=\"chart-K1-title\"");

        UUID small = fixture.unit("Skjult enhet " + UUID.randomUUID());
        fixture.k1Courses(small, YearMonth.now(clock).minusMonths(1).atDay(2).toString(), 3, 3);
        String analyst = page("analytiker", "/reports/units/" + small);
        assertThat(analyst).contains("id=\"chart-empty-K1\"").contains("Alle periodene er skjult");
    }

    /** Ten K1 courses a month for 24 months: 2 contacted in the first year, 9 in the second. */
    private UUID shiftingUnit(ExportFixture fixture, String name) {
        UUID unit = fixture.unit(name);
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        for (int m = 0; m < 24; m++) {
            fixture.k1Courses(unit, latest.minusMonths(m).atDay(2).toString(), 10, m < 12 ? 9 : 2);
        }
        return unit;
    }

    /** The first month of the quarter before the one holding last month: final by month and by quarter. */
    private YearMonth finalMonth() {
        return YearMonth.from(PeriodType.QUARTER.startOf(YearMonth.now(clock).minusMonths(1).atDay(1)).minusMonths(3));
    }

    /** The summary row of an indicator. */
    private static String row(String page, String indicator) {
        int start = page.indexOf("id=\"summary-" + indicator + "\"");
        assertThat(start).as("summary row of " + indicator).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
