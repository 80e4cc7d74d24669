package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clinician chooses the medication-free pathway for a course in a real browser: the first
 * assessment finds the patient without capacity to consent, and the pathway is refused naming that
 * criterion while the assessment is kept; the second finds every criterion met, and the course is on
 * the pathway. The page fits a 320-pixel-wide screen. Screenshots go to {@code target/screenshots/m*.png}.
 */
class MedicationFreeBrowserIT extends BrowserTest {

    MedicationFreeBrowserIT() {
        super("m-failure");
    }

    private void answer(String field, boolean value) {
        browser.click(By.cssSelector("input[name=" + field + "][value=" + value + "]"));
    }

    @Test
    void aClinicianIsRefusedOnOneCriterionThenChoosesThePathway() throws Exception {
        UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad poliklinikk");
        try {
            browser.step("logging in as behandler and opening the course");
            browser.open("/login");
            browser.submitLogin("behandler", PASSWORD);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in");
            browser.open("/courses/" + course);
            browser.assertText(By.id("medication-free-heading"), "medicationfree.section.heading", BOKMAAL,
                    new Object[0], "the course page's section");
            browser.assertText(By.id("medication-free-status"), "medicationfree.section.notOnPathway", BOKMAAL,
                    new Object[0], "a new course is ordinary");

            browser.step("the first assessment: the patient does not understand what the choice means");
            browser.clickToNewPage(By.id("medication-free-link"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("assessment-form")), "#assessment-form");
            answer("wantsNonMedication", true);
            answer("professionallySound", true);
            answer("capacityToConsent", false);
            answer("noRisk", true);
            browser.clickToNewPage(By.id("assess"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("pathway-refused")), "#pathway-refused");
            browser.assertText(By.id("capacityToConsent-error"), "medicationfree.unmet.capacityToConsent", BOKMAAL,
                    new Object[0], "the criterion not met, beside its question");
            assertThat(driver.findElements(By.cssSelector("[id$=-error].field-error"))).as("only that criterion")
                    .hasSize(1);
            assertThat(browser.textOf(By.id("pathway-now")))
                    .isEqualTo(browser.message("medicationfree.section.notOnPathway", BOKMAAL));
            assertThat(driver.findElements(By.cssSelector(".assessment-row"))).as("the refused assessment is kept")
                    .hasSize(1);
            browser.screenshot("m01-refused", By.id("pathway-refused"));
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.screenshot("m02-refused-320", By.id("pathway-refused"));
            assertThat(scrollsSideways()).as("the refused assessment at 320 px").isFalse();
            driver.manage().window().setSize(new Dimension(1280, 1000));

            browser.step("the second assessment: every criterion is met");
            answer("capacityToConsent", true);
            browser.clickToNewPage(By.id("assess"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notice")), "#notice");
            browser.assertText(By.id("notice"), "medicationfree.chosen", BOKMAAL, new Object[0], "the notice");
            assertThat(browser.textOf(By.id("pathway-now")))
                    .isEqualTo(browser.message("medicationfree.section.onPathway", BOKMAAL));
            assertThat(driver.findElements(By.cssSelector(".assessment-row"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector(".assessment-row textarea")).getAttribute("value"))
                    .as("the newest journal phrase first")
                    .contains(browser.message("medicationfree.phrase.chosen", BOKMAAL));
            browser.screenshot("m03-chosen");

            browser.step("the course page shows the pathway, also at 320 px");
            browser.clickToNewPage(By.id("back-to-course"));
            browser.assertText(By.id("medication-free-status"), "medicationfree.section.onPathway", BOKMAAL,
                    new Object[0], "the course is medication-free");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.screenshot("m04-course-320", By.id("medication-free"));
            assertThat(scrollsSideways()).as("the course page at 320 px").isFalse();
            assertThat(jdbc.sql("select pathway from treatment_course where id = ?").param(course)
                    .query(String.class).single()).isEqualTo("MEDICATION_FREE");
        } catch (Throwable t) {
            throw browser.failure(t);
        }
    }
}
