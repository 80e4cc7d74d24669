package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.ExportFixture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a leader sees first under Rapporter: the summary of their unit, from which one row leads to
 * the indicator's chart; on a desktop and on a 320-pixel-wide screen. Screenshots go to
 * {@code target/screenshots/}.
 */
class SummaryBrowserIT extends BrowserTest {

    @Autowired
    private CourseFactService courseFacts;
    @Autowired
    private Clock clock;

    SummaryBrowserIT() {
        super("summary-failure");
    }

    @Test
    void aLeaderReadsTheSummaryAndOpensAnIndicatorsChart() {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("Sammendragsenhet " + UUID.randomUUID().toString().substring(0, 8));
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        for (int m = 0; m < 24; m++) {
            fixture.k1Courses(unit, latest.minusMonths(m).atDay(2).toString(), 10, m < 12 ? 9 : 2);
        }
        String leader = fixture.user("LEADER", unit);
        try {
            browser.step("the leader logs in and opens Rapporter");
            browser.open("/login");
            browser.submitLogin(leader, PASSWORD);
            browser.open("/reports");
            assertThat(browser.textOf(By.cssSelector("#summary-K1")))
                    .contains(browser.message("report.summary.variation.IMPROVING", BOKMAAL));
            browser.screenshot("summary-desktop", By.id("summary-heading"));

            browser.step("the leader opens K1's chart from its row");
            browser.clickToNewPage(By.cssSelector("#summary-K1 a.row-link"));
            assertThat(driver.getCurrentUrl()).contains("/reports/units/" + unit).endsWith("#indicator-K1");
            browser.screenshot("summary-unit-report", By.id("summary-heading"));
            browser.screenshot("report-chart-k1", By.id("indicator-K1"));

            browser.step("on a 320-pixel-wide screen the summary fits without sideways scrolling");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.open("/reports");
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = ((JavascriptExecutor) driver).executeScript(
                    "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
            assertThat(((Number) overflow).intValue()).as("elements wider than the screen: %s", wide)
                    .isLessThanOrEqualTo(0);
            browser.screenshot("summary-320", By.id("summary-heading"));
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }
}
