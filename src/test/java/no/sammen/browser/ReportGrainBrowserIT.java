package no.sammen.browser;

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
 * A leader of a small unit opens its report by quarter and switches to months (ADR 0020); on a desktop
 * and on a 320-pixel-wide screen. Screenshots go to {@code target/screenshots/}.
 */
class ReportGrainBrowserIT extends BrowserTest {

    @Autowired
    private CourseFactService courseFacts;
    @Autowired
    private Clock clock;

    ReportGrainBrowserIT() {
        super("report-grain-failure");
    }

    @Test
    void aSmallUnitsReportOpensByQuarterAndSwitchesToMonths() {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("Kvartalsenhet " + UUID.randomUUID().toString().substring(0, 8));
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        jdbc.sql("update org_unit set implementation_start = ? where id = ?")
                .params(latest.minusMonths(17).atDay(1), unit).update();
        for (int m = 0; m < 33; m++) {
            fixture.k1Courses(unit, latest.minusMonths(m).atDay(2).toString(), 3, m < 17 ? 3 : 1);
        }
        String leader = fixture.user("LEADER", unit);
        try {
            browser.step("the leader opens the unit report: three courses a month, so by quarter");
            browser.open("/login");
            browser.submitLogin(leader, PASSWORD);
            browser.open("/reports/units/" + unit);
            assertThat(driver.findElement(By.id("grain-quarter")).getAttribute("aria-current")).isEqualTo("page");
            browser.screenshot("report-quarters-desktop", By.id("grain-note"));
            browser.screenshot("report-quarters-chart-k1", By.id("indicator-K1"));

            browser.step("the PDF download says it is working, then that the PDF is ready");
            browser.click(By.id("download-pdf"));
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d ->
                    browser.message("report.pdf.ready", java.util.Locale.forLanguageTag("nb"))
                            .equals(d.findElement(By.id("pdf-status")).getText()));
            assertThat(driver.findElement(By.id("download-pdf")).getAttribute("aria-busy")).isNull();

            browser.step("the leader switches to months, keeping the P chart");
            browser.clickToNewPage(By.id("chart-p"));
            browser.clickToNewPage(By.id("grain-month"));
            assertThat(driver.getCurrentUrl()).contains("chart=p").contains("grain=month");
            browser.screenshot("report-months-p-chart-k1", By.id("indicator-K1"));

            browser.step("on a 320-pixel-wide screen the quarterly report fits without sideways scrolling");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.open("/reports/units/" + unit);
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            browser.screenshot("report-quarters-320", By.id("grain-note"));
            browser.screenshot("report-quarters-320-chart-k1", By.id("indicator-K1"));
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }
}
