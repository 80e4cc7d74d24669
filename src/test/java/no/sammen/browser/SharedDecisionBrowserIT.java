package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.worklist.WorklistFixture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A clinician documents a shared decision from the course page: the form refuses it first without what
 * matters to the patient, then takes it; the course page shows it with its day to revisit, and the
 * worklist reminds of that day. Screenshots at desktop width and at 320 pixels go to
 * {@code target/screenshots/shared-decision-*.png}.
 */
class SharedDecisionBrowserIT extends BrowserTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    @Autowired
    private CourseFactService facts;
    @Autowired
    private PasswordEncoder passwords;

    SharedDecisionBrowserIT() {
        super("shared-decision-failure");
    }

    @Test
    void aClinicianDocumentsASharedDecisionAndSeesItOnTheCoursePage() {
        WorklistFixture f = new WorklistFixture(jdbc, facts, passwords.encode(PASSWORD));
        LocalDate today = WorklistFixture.today();
        UUID course = f.course(today.minusDays(12));
        UUID mother = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari Nordmann', null, true, ?, 0)""")
                .params(mother, course, Timestamp.from(Instant.now())).update();
        try {
            browser.step("the clinician opens the course and goes to its shared decisions");
            browser.open("/login");
            browser.submitLogin(f.username, PASSWORD);
            viewport(1280, 1800);
            browser.open("/courses/" + course);
            assertThat(browser.driver().findElements(By.id("no-shared-decisions"))).hasSize(1);
            browser.clickToNewPage(By.id("shared-decisions-link"));

            browser.step("a decision without what matters to the patient is refused, naming the field");
            browser.click(By.cssSelector("input[name='question'][value='MEDICATION_OR_NOT']"));
            browser.click(By.cssSelector("input[name='optionIds'][value='CBT_PSYCHOSIS']"));
            browser.click(By.cssSelector("input[name='optionIds'][value='ANTIPSYCHOTIC_MEDICATION']"));
            browser.type(By.id("freeOptions"), "Vente og se i fire uker");
            browser.click(By.cssSelector("input[name='decisionAidUsed'][value='true']"));
            browser.click(By.cssSelector("input[name='decisionAid'][value='HELSENORGE_PSYCHOSIS']"));
            browser.click(By.cssSelector("input[name='participantIds'][value='" + mother + "']"));
            browser.type(By.id("decision"), "Starter kognitiv terapi og venter med legemidler");
            setDate("revisitOn", today.plusDays(3));
            browser.clickToNewPage(By.id("save-decision"));
            assertThat(browser.driver().findElement(By.id("whatMatters-error")).getText())
                    .isEqualTo(messages.getMessage("shareddecision.whatMatters.required", null, BOKMAAL));
            assertThat(browser.driver().findElement(By.id("whatMatters")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.driver().findElement(By.cssSelector("input[name='optionIds'][value='CBT_PSYCHOSIS']"))
                    .isSelected()).as("the answers are kept").isTrue();
            browser.screenshot("shared-decision-error", By.id("error-summary"));

            browser.step("with what matters in the patient's own words it is documented");
            browser.type(By.id("whatMatters"), "Å klare jobben og å sove om natta");
            browser.clickToNewPage(By.id("save-decision"));
            assertThat(browser.driver().getPageSource())
                    .contains(messages.getMessage("shareddecision.registered", null, BOKMAAL));
            assertThat(browser.driver().findElements(By.cssSelector("article.decision"))).hasSize(1);
            assertThat(browser.driver().findElement(By.cssSelector("article.decision")).getText())
                    .contains("Å klare jobben og å sove om natta").contains("Mor: Kari Nordmann")
                    .contains("Vente og se i fire uker");
            assertThat(browser.driver().findElement(By.cssSelector("[id^='phrase-']")).getText())
                    .startsWith("Samvalg ").contains("Deltok i tillegg til pasienten: mor.");
            browser.screenshot("shared-decision-list");
            viewport(320, 1800);
            browser.open("/courses/" + course + "/shared-decisions");
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("shared-decision-320");

            browser.step("the course page shows the decision, and the worklist the day to revisit");
            viewport(1280, 1800);
            browser.open("/courses/" + course);
            assertThat(browser.driver().findElement(By.id("shared-decision-summary")).getText())
                    .contains("Legemidler eller ikke").contains("Starter kognitiv terapi og venter med legemidler");
            assertThat(browser.driver().findElements(
                    By.cssSelector("[data-item='SHARED_DECISION_REVISIT'][data-status='DUE']"))).hasSize(1);
            assertThat(browser.driver().findElements(
                    By.cssSelector("[data-item='SHARED_DECISION'][data-status='DONE']"))).hasSize(1);
            browser.screenshot("shared-decision-course", By.id("shared-decisions"));
            viewport(320, 1800);
            browser.open("/courses/" + course);
            assertThat(scrollsSideways()).as("no sideways scroll on the course page at 320 px").isFalse();
            browser.screenshot("shared-decision-course-320", By.id("shared-decisions"));
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, date.toString());
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
