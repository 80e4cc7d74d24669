package no.sammen.browser;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An administrator links a clinician's user account to their staff member; the unit's leader sees
 * the clinician's competence plan missing the conversation with a patient; the clinician holds one,
 * named on the conversation as the staff member by default; the leader's matrix then shows it done.
 * Screenshots of the overview at full width and at 320 pixels go to
 * {@code target/screenshots/competence-*.png}.
 */
class CompetenceBrowserIT extends BrowserTest {

    @Autowired
    PasswordEncoder passwords;

    CompetenceBrowserIT() {
        super("competence-failure");
    }

    @Test
    void aLeaderSeesTheMatrixFillInAfterAClinicianHoldsAConversation() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String suffix = BrowserSession.randomLetters(6);
        String username = "komp" + suffix.toLowerCase();
        String name = "Kari Kompetanse " + suffix;
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, enabled, version) "
                + "values (?, ?, ?, ?, true, 0)").params(user, username, name, passwords.encode(PASSWORD)).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'CLINICIAN')").param(user).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(user, unit).update();
        UUID staff = UUID.randomUUID();
        jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, version) "
                + "values (?, ?, ?, 'PSYCHIATRIST', 'Overlege', 0)").params(staff, unit, name).update();
        UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        By cell = By.id("cell-" + staff + "-CONVERSATION_PATIENT");
        try {
            browser.step("the administrator links the clinician's account to their staff member");
            login("admin");
            viewport(1280, 1400);
            browser.open("/admin/staff-accounts?unitId=" + unit);
            browser.clickToNewPage(By.id("change-" + staff));
            new Select(driver.findElement(By.id("userId"))).selectByValue(user.toString());
            browser.clickToNewPage(By.id("save-account"));
            assertThat(driver.findElement(By.id("account-" + staff)).getText()).contains(name);

            browser.step("the leader sees the conversation with a patient missing");
            login("leder");
            browser.open("/competence/units/" + unit);
            assertThat(driver.findElement(cell).getText()).contains("Mangler");
            assertThat(driver.findElement(By.id("held-CONVERSATION_PATIENT")).getText()).doesNotContain(name);

            browser.step("the clinician holds a conversation with the patient, named as the staff member by default");
            login(username);
            browser.open("/courses/" + course + "/conversations/new?kind=PATIENT");
            assertThat(new Select(driver.findElement(By.id("staffId"))).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo(staff.toString());
            browser.click(By.cssSelector("input[name='topics']"));
            browser.clickToNewPage(By.id("save-conversation"));
            browser.open("/competence");
            browser.clickToNewPage(By.id("my-plan-link"));
            assertThat(driver.findElement(By.id("plan-heading")).getText()).isEqualTo("Min kompetanseplan");
            assertThat(driver.findElement(By.id("item-CONVERSATION_PATIENT-state")).getText()).contains("Fullført");
            assertThat(driver.findElements(By.id("register-CONVERSATION_PATIENT"))).as("no tick by hand").isEmpty();
            browser.screenshot("competence-my-plan");

            browser.step("the leader's matrix shows the conversation done");
            login("leder");
            browser.open("/competence/units/" + unit);
            assertThat(driver.findElement(cell).getText()).contains("Fullført");
            assertThat(driver.findElement(By.id("held-CONVERSATION_PATIENT")).getText()).contains(name);
            browser.screenshot("competence-overview-wide");
            viewport(320, 1600);
            browser.open("/competence/units/" + unit);
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("competence-overview-320");
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private void login(String username) {
        driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.submitLogin(username, PASSWORD);
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
