package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator audits journals in a real browser: a sample larger than the population is refused naming the
 * population's size; a sample of two is drawn; both checklists are filled in (one meeting every criterion,
 * one not); the round is complete, and the results show the new round in the P chart and run chart beside
 * three earlier rounds. The pages fit a 320-pixel-wide screen. Screenshots go to
 * {@code target/screenshots/ja*.png}.
 */
class JournalAuditBrowserIT extends BrowserTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final String UNIT = "Kronstad sengepost";

    JournalAuditBrowserIT() {
        super("ja-failure");
    }

    private void answer(String item, String answer) {
        browser.click(By.id("answer-" + item + "-" + answer));
    }

    @Test
    void aCoordinatorDrawsASampleFillsInTwoChecklistsAndSeesTheChart() throws Exception {
        JournalAuditFixture fixture = new JournalAuditFixture(port, jdbc);
        LocalDate month = JournalAuditFixture.someMonth().withMonth(4);
        fixture.completedRound(UNIT, month.minusMonths(3), 3, 1);
        fixture.completedRound(UNIT, month.minusMonths(2), 3, 1);
        fixture.completedRound(UNIT, month.minusMonths(1), 3, 2);
        for (int i = 0; i < 3; i++) {
            fixture.course(UNIT, month.plusDays(3 * i), "A.U. " + (1970 + i));
        }
        String period = month.toString().substring(0, 7);
        UUID unit = TestData.unitId(jdbc, UNIT);
        try {
            browser.step("logging in as koordinator and opening the journal audits");
            browser.open("/login");
            browser.submitLogin("koordinator", PASSWORD);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in");
            browser.clickToNewPage(By.id("nav-journal-audits"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("open-round-form")), "#open-round-form");

            browser.step("a sample larger than the population is refused");
            browser.type(By.id("period"), period);
            browser.type(By.id("sampleSize"), "5");
            browser.clickToNewPage(By.id("open-round"));
            browser.assertText(By.id("sampleSize-error"), "journalaudit.round.sampleSize.tooLarge", BOKMAAL,
                    new Object[] {3}, "the population's size beside the field");
            assertThat(driver.findElement(By.id("sampleSize")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(jdbc.sql("select count(*) from journal_audit_round where unit_id = ? and period_start = ?")
                    .params(unit, month).query(Long.class).single()).as("nothing stored").isZero();

            browser.step("a sample of two is drawn");
            browser.type(By.id("sampleSize"), "2");
            browser.clickToNewPage(By.id("open-round"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("journal-audit-records")), "#journal-audit-records");
            browser.assertText(By.id("notice"), "journalaudit.round.opened", BOKMAAL, new Object[0], "the notice");
            assertThat(driver.findElements(By.cssSelector("#journal-audit-records tbody tr"))).hasSize(2);
            assertThat(browser.textOf(By.id("record-1"))).startsWith("A.U. 19");
            browser.assertText(By.id("redraw-result"), "journalaudit.draw.matches", BOKMAAL, new Object[0],
                    "the draw made again gives the same sample");
            browser.screenshot("ja01-round");

            browser.step("the first checklist: every item that applies is yes");
            browser.clickToNewPage(By.id("record-1"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("checklist-form")), "#checklist-form");
            browser.assertText(By.id("sammen-closest"), "journalaudit.sammen.no", BOKMAAL, new Object[0],
                    "Sammen has no closest relative for the course");
            browser.screenshot("ja02a-record-sammen");
            for (String item : new String[] {"CLOSEST_RELATIVE", "RELATIVE_CONTACT", "CONFIDENTIALITY",
                "RELATIVE_EXPERIENCE", "CRISIS_PLAN"}) {
                answer(item, "YES");
            }
            browser.step("completing with an item unanswered is refused beside the item");
            browser.clickToNewPage(By.id("save-checklist"));
            assertThat(browser.errorsShown(".field-error")).containsExactly(
                    "answers[CHILDREN]-error: " + browser.message("journalaudit.answer.required", BOKMAAL));
            browser.screenshot("ja02-record-error", By.id("item-CHILDREN"));
            answer("CHILDREN", "NOT_APPLICABLE");
            browser.clickToNewPage(By.id("save-checklist"));
            browser.assertText(By.id("notice"), "journalaudit.record.saved", BOKMAAL, new Object[0], "the notice");

            browser.step("the second checklist: no crisis plan in the journal");
            browser.clickToNewPage(By.id("record-2"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("checklist-form")), "#checklist-form");
            for (String item : new String[] {"CLOSEST_RELATIVE", "RELATIVE_CONTACT", "CONFIDENTIALITY",
                "RELATIVE_EXPERIENCE", "CHILDREN"}) {
                answer(item, "YES");
            }
            answer("CRISIS_PLAN", "NO");
            browser.screenshot("ja03-record");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.screenshot("ja04-record-320", By.id("checklist-heading"));
            assertThat(scrollsSideways()).as("the checklist at 320 px").isFalse();
            driver.manage().window().setSize(new Dimension(1280, 1000));
            browser.clickToNewPage(By.id("save-checklist"));
            browser.assertText(By.id("round-completed"), "journalaudit.round.completedAll", BOKMAAL, new Object[0],
                    "the round is complete");

            browser.step("the results: the round in the P chart and the run chart");
            browser.open("/journal-audits/results?unit=" + unit + "&population=STARTED_PSYCHOSIS&periodKind=MONTH");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("journal-audit-p-chart")), "#journal-audit-p-chart");
            assertThat(driver.findElements(By.cssSelector("#journal-audit-p-chart svg.spc-chart"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("#journal-audit-run-chart svg.spc-chart"))).hasSize(1);
            String label = "%02d.%02d".formatted(month.getMonthValue(), month.getYear() % 100);
            assertThat(driver.findElement(By.id("journal-audit-results")).getText()).contains(label)
                    .contains(browser.message("journalaudit.share", BOKMAAL, 1, 2, 50));
            browser.screenshot("ja05-results");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.screenshot("ja06-results-320");
            assertThat(scrollsSideways()).as("the results at 320 px").isFalse();
        } catch (Throwable t) {
            throw browser.failure(t);
        }
    }
}
