package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The PEF coordinator starts a multi-family group on the PEF board, adds a family with the mother from the
 * network map, registers a session with attendance and sees the group running on the board. Screenshots
 * of the board at full width and at 320 pixels go to {@code target/screenshots/pef-board-*.png}.
 */
class PefBoardBrowserIT extends BrowserTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    PefBoardBrowserIT() {
        super("pef-board-failure");
    }

    @Test
    void theCoordinatorStartsAMultiFamilyGroupRegistersASessionAndSeesTheBoard() throws Exception {
        UUID course = TestData.newCourse(port, jdbc, "koordinator", "Kronstad sengepost");
        UUID mother = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari Fjell', null, true, ?, 0)""")
                .params(mother, course, Timestamp.from(Instant.now())).update();
        UUID koordinator = jdbc.sql("select id from user_account where username = 'koordinator'").query(UUID.class)
                .single();
        String name = "Tirsdagsgruppen " + BrowserSession.randomLetters(4);
        try {
            browser.step("the coordinator opens the PEF board and starts a multi-family group");
            browser.open("/login");
            browser.submitLogin("koordinator", PASSWORD);
            viewport(1280, 1800);
            browser.open("/pef");
            browser.clickToNewPage(By.id("new-group"));
            browser.click(By.cssSelector("input[name='kind'][value='MULTI_FAMILY']"));
            browser.type(By.id("name"), name);
            browser.type(By.id("schedule"), "annenhver tirsdag 16–18");
            setDate("startsOn", LocalDate.now().minusDays(7));
            browser.click(By.cssSelector("input[name='status'][value='RUNNING']"));
            browser.click(By.cssSelector("input[name='leaderIds'][value='" + koordinator + "']"));
            browser.type(By.id("coLeaders"), "Ola fra kommunen");
            browser.clickToNewPage(By.id("save-group"));
            assertThat(browser.driver().findElement(By.id("group-heading")).getText()).isEqualTo(name);

            browser.step("the family joins with the mother");
            new Select(browser.driver().findElement(By.id("courseId"))).selectByValue(course.toString());
            browser.clickToNewPage(By.id("add-member"));
            browser.click(By.cssSelector("input[name='relativeIds'][value='" + mother + "']"));
            browser.clickToNewPage(By.id("save-relatives"));
            assertThat(browser.driver().findElement(By.id("members")).getText()).contains("Kari Fjell");

            browser.step("a session before the group started is refused; one today with attendance is registered");
            browser.clickToNewPage(By.id("new-session"));
            setDate("heldOn", LocalDate.now().minusDays(8));
            browser.click(By.cssSelector("input[name='patientCourseIds'][value='" + course + "']"));
            browser.click(By.cssSelector("input[name='relativeIds'][value='" + mother + "']"));
            browser.clickToNewPage(By.id("save-session"));
            assertThat(browser.driver().findElement(By.id("heldOn-error")).getText()).startsWith(
                    messages.getMessage("groupprogramme.session.beforeStart", new Object[] {"x"}, BOKMAAL)
                            .substring(0, 20));
            setDate("heldOn", LocalDate.now());
            browser.type(By.id("note"), "Alliansesamtale med familien");
            browser.clickToNewPage(By.id("save-session"));
            assertThat(browser.driver().getPageSource())
                    .contains(messages.getMessage("groupprogramme.session.registered", null, BOKMAAL));
            assertThat(browser.driver().findElement(By.id("sessions")).getText()).contains("Kari Fjell");

            browser.step("the board shows the running group");
            browser.clickToNewPage(By.linkText(messages.getMessage("groupprogramme.group.toBoard", null, BOKMAAL)));
            assertThat(browser.driver().findElement(By.id("running-groups")).getText()).contains(name)
                    .contains("annenhver tirsdag 16–18");
            browser.screenshot("pef-board-full");
            viewport(320, 1800);
            browser.driver().navigate().refresh();
            browser.waitForDocument();
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("pef-board-320");
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
