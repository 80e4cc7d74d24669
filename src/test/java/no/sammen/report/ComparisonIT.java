package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.indicator.ExportFixture;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.WilsonInterval;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison of units side by side; its courses lie in 2018, which no other test uses. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ComparisonIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;

    @Test
    void unitsAreShownSideBySideWithWilsonIntervalsTrendsAndLinkedSuppression() throws Exception {
        ExportFixture f = new ExportFixture(jdbc, courseFacts);
        UUID small = f.unit("Sammenlign liten");
        UUID middle = f.unit("Sammenlign mellom");
        UUID large = f.unit("Sammenlign stor");
        f.k1Courses(small, "2018-04-03", 3, 2);
        f.k1Courses(middle, "2018-05-03", 20, 15);
        f.k1Courses(large, "2018-06-03", 30, 12);
        f.k1Courses(large, "2018-01-10", 10, 9);

        String html = page("analytiker", "/reports/compare?indicator=K1&period=QUARTER&at=2018-04-01&clinic=" + f.clinic);

        assertThat(html).contains("2. kvartal 2018").contains("id=\"suppression-note\"");
        assertThat(row(html, f.clinic)).contains("29 av 53").contains("55 %");
        assertThat(row(html, small)).contains("færre enn 5").doesNotContain("2 av 3");
        // The middle unit is hidden too, or the clinic total would give the small one away; its
        // denominator is not small, so it reads "skjult", not "færre enn 5".
        assertThat(row(html, middle)).contains(">skjult<").doesNotContain("færre enn 5").doesNotContain("15 av 20");
        WilsonInterval interval = WilsonInterval.of(12, 30).orElseThrow();
        assertThat(row(html, large)).contains("12 av 30").contains("40 %")
                .contains(Math.round(interval.lower() * 100) + "–" + Math.round(interval.upper() * 100) + " %")
                .contains("class=\"interval\"").contains("class=\"trend\"").contains("Utvikling for Sammenlign stor");
        assertThat(count(html, "role=\"img\"")).isEqualTo(2 * 4);
        assertThat(html).doesNotContain("row-region");

        String region = page("analytiker", "/reports/compare?indicator=K1&period=QUARTER&at=2018-04-01");
        assertThat(region).contains("id=\"row-region\"").contains("Hele regionen").contains("id=\"row-" + large + "\"");
    }

    @Test
    void aLeaderSeesTheirOwnUnitInFullAndNoneIsHiddenOnItsAccount() throws Exception {
        ExportFixture f = new ExportFixture(jdbc, courseFacts);
        UUID small = f.unit("Egen liten");
        UUID middle = f.unit("Annen mellom");
        f.k1Courses(small, "2018-08-03", 3, 1);
        f.k1Courses(middle, "2018-08-04", 20, 10);
        String leader = f.user("LEADER", small);

        String html = page(leader, "/reports/compare?indicator=K1&period=MONTH&at=2018-08-01&clinic=" + f.clinic);

        assertThat(row(html, small)).contains("1 av 3").contains("din enhet").contains("href=\"/reports/units/" + small);
        assertThat(row(html, middle)).contains("10 av 20").doesNotContain("href=");
        assertThat(html).doesNotContain("id=\"suppression-note\"");
    }

    @Test
    void aPeriodOfAnotherTypeFallsBackToTheLatestClosedPeriodOfTheChosenTypeAndThePageSaysSo() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate thisQuarter = PeriodType.QUARTER.startOf(today);
        String lastYear = String.valueOf(today.getYear() - 1);

        // "År" chosen while a quarter of this year was selected: that quarter is no year.
        String html = page("analytiker", "/reports/compare?indicator=K1&period=YEAR&at=" + thisQuarter.minusMonths(3));
        assertThat(html).contains("id=\"period-fallback\"").contains("Viser siste avsluttede periode: " + lastYear);
        assertThat(html).containsPattern("<option value=\"" + lastYear + "-01-01\"[^>]*selected");
        assertThat(html).doesNotContain("kvartal " + today.getYear());

        // A quarter that has not ended yet.
        assertThat(page("analytiker", "/reports/compare?indicator=K1&period=QUARTER&at=" + thisQuarter))
                .contains("id=\"period-fallback\"");
        // A period that fits its type is shown as chosen, without a notice.
        assertThat(page("analytiker", "/reports/compare?indicator=K1&period=YEAR&at=2018-01-01"))
                .doesNotContain("id=\"period-fallback\"").containsPattern("<option value=\"2018-01-01\"[^>]*selected");
    }

    @Test
    void cliniciansMayNotCompare() throws Exception {
        mvc.perform(get("/reports/compare").with(user("behandler"))).andExpect(status().isNotFound());
    }

    @Test
    void theDefaultIsTheLatestClosedQuarterOfTheFirstIndicator() throws Exception {
        String html = page("leder", "/reports/compare");
        assertThat(html).contains("id=\"comparison-table\"").contains("K1 ");
        assertThat(page("leder", "/reports")).contains("id=\"compare-link\"");
    }

    @Test
    void badChoicesAreNamedBesideTheirFieldsAndNothingIsCompared() throws Exception {
        String html = mvc.perform(get("/reports/compare?indicator=K99&period=WEEK&at=last-month&clinic=nowhere")
                        .with(user("analytiker")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"indicator-error\"").contains("Indikator: velg en indikator fra listen.")
                .contains("id=\"period-error\"").contains("id=\"at-error\"").contains("id=\"clinic-error\"")
                .contains("aria-invalid=\"true\"").doesNotContain("id=\"comparison-table\"");
        for (String at : new String[] {"1200-01-01", "-999999999-01-01", "2018-02-30"}) {
            mvc.perform(get("/reports/compare?at=" + at).with(user("analytiker")))
                    .andExpect(status().isBadRequest());
        }
        assertThat(mvc.perform(get("/reports/compare?at=1200-01-01").with(user("analytiker")))
                .andReturn().getResponse().getContentAsString()).contains("velg en periode fra 1990 eller senere");
        String english = mvc.perform(get("/reports/compare?indicator=K99&lang=en").with(user("analytiker")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Indicator: choose an indicator from the list.");
    }

    /** The table row of one part of the organisation. */
    private static String row(String html, UUID orgId) {
        Matcher m = Pattern.compile("<tr[^>]*id=\"row-" + orgId + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of %s", orgId).isTrue();
        return m.group();
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
