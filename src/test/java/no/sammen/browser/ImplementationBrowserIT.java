package no.sammen.browser;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A unit leader reaches the implementation page from the competence page, puts a staff member in the
 * improvement team, sets the implementation start, adds an activity to the half-year plan (first with an end
 * before its start, which is refused on its field), registers a local gathering with who signed up and
 * attended, and sees the participant statistics. Screenshots of the plan timeline and the statistics at full
 * width and at 320 pixels go to {@code target/screenshots/implementation-*.png}.
 */
class ImplementationBrowserIT extends BrowserTest {

    @Autowired
    PasswordEncoder passwords;

    ImplementationBrowserIT() {
        super("implementation-failure");
    }

    @Test
    void aLeaderKeepsTheTeamAndThePlanAndSeesWhoAttended() throws Exception {
        String suffix = BrowserSession.randomLetters(6);
        UUID clinic = jdbc.sql("select id from clinic where name = 'Solli DPS'").query(UUID.class).single();
        UUID unit = UUID.randomUUID();
        String unitName = "Solli post " + suffix;
        jdbc.sql("insert into org_unit (id, clinic_id, name, unit_type, phone, active, version) "
                + "values (?, ?, ?, 'INPATIENT', '55 90 00 00', true, 0)").params(unit, clinic, unitName).update();
        String username = "impl" + suffix.toLowerCase();
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, enabled, version) "
                + "values (?, ?, ?, ?, true, 0)").params(user, username, "Leder " + suffix, passwords.encode(PASSWORD))
                .update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'LEADER')").param(user).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(user, unit).update();
        UUID nurse = staff(unit, "Nora Sykepleier " + suffix, "NURSE", "Sykepleier");
        UUID psychologist = staff(unit, "Per Psykolog " + suffix, "PSYCHOLOGIST", "Psykologspesialist");
        UUID milieu = staff(unit, "Mia Miljø " + suffix, "MILIEU_THERAPIST", "Miljøterapeut");
        LocalDate today = LocalDate.now();
        try {
            browser.step("the leader opens the unit's implementation page from the competence page");
            browser.open("/login");
            browser.submitLogin(username, PASSWORD);
            viewport(1280, 1400);
            browser.open("/competence");
            browser.clickToNewPage(By.id("implementation-" + unit));
            assertThat(driver.findElement(By.id("implementation-heading")).getText()).contains(unitName);

            browser.step("the leader puts the nurse in the improvement team as its leader");
            browser.clickToNewPage(By.id("edit-team"));
            new Select(driver.findElement(By.name("members[0].staffId"))).selectByValue(nurse.toString());
            new Select(driver.findElement(By.name("members[0].role"))).selectByValue("LEADER");
            new Select(driver.findElement(By.name("members[1].staffId"))).selectByValue(milieu.toString());
            new Select(driver.findElement(By.name("members[1].role"))).selectByValue("RELATIVES_COORDINATOR");
            browser.clickToNewPage(By.id("save-team"));
            assertThat(driver.findElement(By.id("member-" + nurse)).getText()).contains("Leder");

            browser.step("the leader sets the implementation start");
            setDate("implementationStart", today.withDayOfMonth(1));
            browser.clickToNewPage(By.id("save-start"));
            assertThat(driver.findElements(By.cssSelector(".timeline-start"))).hasSize(1);

            browser.step("an activity ending before it starts is refused on its field");
            browser.clickToNewPage(By.id("new-activity"));
            new Select(driver.findElement(By.id("kind"))).selectByValue("TRAINING_SESSION");
            browser.type(By.id("title"), "Fagdag om basissamtaler");
            setDate("startsOn", today);
            setDate("endsOn", today.minusDays(3));
            new Select(driver.findElement(By.id("responsibleStaffId"))).selectByValue(psychologist.toString());
            browser.clickToNewPage(By.id("save-activity"));
            assertThat(driver.findElement(By.id("endsOn")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id("endsOn-error")).getText()).contains("Til-datoen");
            setDate("endsOn", today);
            browser.clickToNewPage(By.id("save-activity"));
            String month = today.toString().substring(0, 7);
            assertThat(driver.findElement(By.id("month-" + month)).getText()).contains("Fagdag om basissamtaler")
                    .contains("Per Psykolog " + suffix).contains("Planlagt");
            browser.screenshot("implementation-plan-wide");
            viewport(320, 1600);
            browser.open("/implementation/units/" + unit);
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("implementation-plan-320");

            browser.step("the leader registers a local gathering with who signed up and attended");
            viewport(1280, 1400);
            browser.open("/implementation/units/" + unit + "/events/new");
            browser.click(By.cssSelector("input[name='kind'][value='LOCAL_GATHERING']"));
            new Select(driver.findElement(By.id("topic"))).selectByValue("FAMILY_COLLABORATION");
            browser.type(By.id("title"), "Lokal samling " + suffix);
            browser.type(By.id("place"), "Solli");
            browser.type(By.id("organiser"), "Forbedringsteamet");
            for (UUID s : new UUID[] {nurse, psychologist, milieu}) {
                browser.click(By.cssSelector("input[name='signedUp'][value='" + s + "']"));
            }
            browser.click(By.cssSelector("input[name='attended'][value='" + nurse + "']"));
            browser.click(By.cssSelector("input[name='attended'][value='" + psychologist + "']"));
            driver.findElement(By.name("externals[2].signedUp")).clear();
            browser.type(By.name("externals[2].signedUp"), "4");
            browser.type(By.name("externals[2].attended"), "3");
            browser.clickToNewPage(By.id("save-event"));
            assertThat(driver.findElement(By.id("statistics-totals")).getText()).contains("Påmeldt: 7").contains("Deltok: 5");
            assertThat(driver.findElement(By.id("chart-workplace")).getText()).contains("Solli DPS 3 2")
                    .contains("Kommune 4 3");
            assertThat(driver.findElement(By.id("chart-profession")).getText()).contains("Sykepleier 1 1");
            browser.screenshot("implementation-event-wide");

            browser.step("the nurse's competence plan shows the internal teaching done by attendance");
            browser.open("/competence/staff/" + nurse);
            assertThat(driver.findElement(By.id("item-INTERNAL_TEACHING-state")).getText()).contains("Fullført");

            browser.step("the half-year's participant statistics");
            browser.open("/implementation/units/" + unit);
            browser.clickToNewPage(By.id("statistics-link"));
            assertThat(driver.findElement(By.id("chart-position")).getText()).contains("Psykologspesialist 1 1");
            browser.screenshot("implementation-statistics-wide");
            viewport(320, 1600);
            browser.open(driver.getCurrentUrl().replace("http://localhost:" + port, ""));
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("implementation-statistics-320");
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private UUID staff(UUID unit, String name, String profession, String position) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, version) values (?, ?, ?, ?, ?, 0)")
                .params(id, unit, name, profession, position).update();
        return id;
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, date.toString());
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
