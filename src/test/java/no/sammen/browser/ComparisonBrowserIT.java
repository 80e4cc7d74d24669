package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What a quality adviser does in a real browser: from the reports, compare the units side by side
 * for an indicator and period of their choice, and open one unit's report from the comparison.
 * Screenshots go to {@code target/screenshots/}.
 */
class ComparisonBrowserIT extends BrowserTest {

    ComparisonBrowserIT() {
        super("comparison-failure");
    }

    @Test
    void anAnalystComparesUnitsAndOpensOneOfThem() {
        try {
            browser.step("the analyst logs in and goes from the reports to the comparison");
            browser.open("/login");
            browser.submitLogin("analytiker", PASSWORD);
            browser.open("/reports");
            browser.clickToNewPage(By.id("compare-link"));
            assertThat(browser.textOf(By.tagName("h1"))).isEqualTo(browser.message("report.compare.heading", BOKMAAL));
            List<WebElement> rows = driver.findElements(By.cssSelector("#comparison-table tbody tr"));
            assertThat(rows).hasSizeGreaterThan(3);
            assertThat(driver.findElement(By.id("row-region")).getText())
                    .contains(browser.message("report.compare.region", BOKMAAL));
            browser.screenshot("comparison-default");

            browser.step("the analyst chooses K4b by year and sees every row with its interval and trend");
            new Select(driver.findElement(By.id("indicator"))).selectByValue("K4B");
            new Select(driver.findElement(By.id("period"))).selectByValue("YEAR");
            browser.clickToNewPage(By.id("compare-submit"));
            assertThat(browser.textOf(By.id("comparison-heading"))).startsWith("K4b ");
            int rowCount = driver.findElements(By.cssSelector("#comparison-table tbody tr")).size();
            assertThat(driver.findElements(By.cssSelector("#comparison-table svg.ci-chart"))).hasSize(rowCount);
            assertThat(driver.findElements(By.cssSelector("#comparison-table svg.trend-chart"))).hasSize(rowCount);
            browser.screenshot("comparison-k4b-year");

            browser.step("the analyst opens a unit's report from the comparison");
            browser.clickToNewPage(By.cssSelector("#comparison-table tr.org-unit th a"));
            assertThat(driver.getCurrentUrl()).contains("/reports/units/");
            assertThat(driver.findElements(By.cssSelector("svg.spc-chart"))).isNotEmpty();
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }
}
