package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorFixture;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser (ADR 0021): a course with a letter only and «no relatives or network» marked after
 * K1's window shows both for what they are; ending it asks how it ended; the unit report shows K1's
 * day-0 breakdown and the exclusions after the window. Screenshots go to {@code target/screenshots/}.
 */
class DefinitionsBrowserIT extends BrowserTest {

    @Autowired
    private CourseFactService courseFacts;
    @Autowired
    private Clock clock;

    DefinitionsBrowserIT() {
        super("definitions-failure");
    }

    @Test
    void aLateExclusionAndALetterAreShownForWhatTheyAreAndEndingAsksHowTheCourseEnded() throws Exception {
        UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        LocalDate start = LocalDate.now(clock).minusDays(7);
        IndicatorFixture fixture = new IndicatorFixture(jdbc, courseFacts);
        fixture.noNetwork(course, start.plusDays(6));
        UUID letterOnly = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        fixture.letter(letterOnly, start.plusDays(1) + "T09:00:00Z");
        try {
            browser.step("the clinician opens the course");
            browser.open("/login");
            browser.submitLogin("behandler", PASSWORD);
            browser.open("/courses/" + course);
            assertThat(browser.textOf(By.id("late-exclusion-NO_NETWORK"))).contains("K1");
            assertThat(browser.textOf(By.id("family-section-contact"))).contains("Ikke aktuelt");
            browser.screenshot("course-late-exclusion", By.id("course-excluded-after-window"));

            browser.open("/courses/" + letterOnly);
            assertThat(browser.textOf(By.id("family-section-contact"))).contains("et forsøk, ikke kontakt");
            browser.screenshot("course-letter-attempt", By.id("family-section-contact"));

            browser.step("on a 320-pixel-wide screen the course page fits");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.open("/courses/" + course);
            assertThat(overflow()).isLessThanOrEqualTo(0);
            browser.screenshot("course-late-exclusion-320", By.id("course-excluded-after-window"));
            driver.manage().window().setSize(new Dimension(1280, 900));

            browser.step("ending without a reason is refused with the question named");
            browser.open("/courses/" + course + "/end");
            browser.clickToNewPage(By.id("confirm-end"));
            assertThat(browser.errorsShown(".field-error")).contains(
                    "endReason-error: " + browser.message("patient.course.endReason.required", BOKMAAL));
            browser.screenshot("course-end-reason-required", By.id("end-form"));

            browser.step("the course ends by death, which the course page shows");
            browser.click(By.cssSelector("input[name=endReason][value=DIED]"));
            browser.clickToNewPage(By.id("confirm-end"));
            browser.open("/courses/" + course);
            assertThat(browser.textOf(By.id("course-end-reason")))
                    .isEqualTo(browser.message("patient.course.endReason.DIED", BOKMAAL));

            browser.step("the leader's unit report shows K1's day 0 and the exclusions after the window");
            browser.clickToNewPage(By.id("logout"));
            browser.open("/login");
            browser.submitLogin("leder", PASSWORD);
            browser.open("/reports/units/" + TestData.unitId(jdbc, "Kronstad sengepost"));
            assertThat(browser.textOf(By.id("breakdown-K1-DAY_0"))).startsWith("Kontaktet samme dag (dag 0)");
            browser.screenshot("report-k1-notes", By.id("notes-K1"));
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private int overflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }
}
