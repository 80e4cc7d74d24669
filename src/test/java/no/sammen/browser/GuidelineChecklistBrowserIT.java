package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clinician ticks a recommendation as offered in a real browser: «Anbefalte tiltak» on the course page,
 * the checklist, the recommendation's page with its form, and back, the state and its day shown on the
 * course page; then the same pages on a 320-pixel-wide screen. Screenshots go to
 * {@code target/screenshots/checklist-*.png}.
 */
class GuidelineChecklistBrowserIT extends BrowserTest {

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    private Clock clock;

    GuidelineChecklistBrowserIT() {
        super("checklist-failure");
    }

    @Test
    void aClinicianTicksCognitiveTherapyAsOffered() {
        try {
            UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
            String today = LocalDate.now(clock).format(NORWEGIAN_DATE);
            String offered = browser.message("guideline.state.OFFERED", BOKMAAL);

            browser.step("the clinician opens the course and sees the recommended measures, none considered yet");
            browser.open("/login");
            browser.submitLogin("behandler", PASSWORD);
            browser.open("/courses/" + course);
            browser.assertText(By.id("guideline-checklist-heading"), "guideline.checklist.heading", BOKMAAL,
                    new Object[0], "the course page's section");
            assertThat(browser.textOf(By.id("checklist-CBT_PSYCHOSIS")))
                    .contains(browser.message("guideline.state.NOT_CONSIDERED", BOKMAAL));
            browser.screenshot("checklist-course-before", By.id("guideline-checklist"));

            browser.step("the clinician opens the checklist and the page of cognitive behavioural therapy");
            browser.clickToNewPage(By.id("guideline-checklist-link"));
            browser.clickToNewPage(By.id("register-CBT_PSYCHOSIS"));
            browser.screenshot("checklist-item-form");

            browser.step("the clinician ticks «offered», today, and saves");
            browser.click(By.cssSelector("input[name='state'][value='OFFERED']"));
            browser.clickToNewPage(By.id("save-checklist"));
            assertThat(browser.textOf(By.id("item-CBT_PSYCHOSIS"))).contains(offered + " " + today);
            assertThat(browser.textOf(By.id("checklist-phrase")))
                    .contains("Kognitiv atferdsterapi ved psykose: tilbudt " + today + ".");
            browser.screenshot("checklist-after");

            browser.step("the course page shows the state and its day");
            browser.clickToNewPage(By.id("back-to-course"));
            assertThat(browser.textOf(By.id("checklist-CBT_PSYCHOSIS"))).contains(offered + " " + today);
            assertThat(jdbc.sql("select state from guideline_checklist_entry where course_id = ?").param(course)
                    .query(String.class).list()).containsExactly("OFFERED");

            browser.step("the section, the checklist and the form fit a 320-pixel-wide screen");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.open("/courses/" + course);
            browser.screenshot("checklist-course-320", By.id("guideline-checklist"));
            assertThat(scrollsSideways()).as("the course page at 320 px").isFalse();
            browser.open("/courses/" + course + "/guideline-checklist");
            browser.screenshot("checklist-320");
            assertThat(scrollsSideways()).as("the checklist at 320 px").isFalse();
            browser.open("/courses/" + course + "/guideline-checklist/CBT_PSYCHOSIS");
            browser.screenshot("checklist-item-320");
            assertThat(scrollsSideways()).as("the recommendation's page at 320 px").isFalse();
        } catch (Throwable t) {
            throw browser.failure(t);
        }
    }
}
