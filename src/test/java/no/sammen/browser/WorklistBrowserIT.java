package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.worklist.WorkItemType;
import no.sammen.worklist.WorklistFixture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A clinician opens the worklist at the start of a shift: the urgent courses first, in groups, and the
 * long-stale tasks apart, one of which they close with a reason. Screenshots of the worklist at desktop
 * width and at 320 pixels, the long-stale list and the closing form go to {@code target/screenshots/worklist-*.png}.
 */
class WorklistBrowserIT extends BrowserTest {

    @Autowired
    private CourseFactService facts;
    @Autowired
    private PasswordEncoder passwords;

    WorklistBrowserIT() {
        super("worklist-failure");
    }

    @Test
    void theUrgentCoursesComeFirstAndALongStaleTaskIsClosedWithAReason() {
        WorklistFixture f = new WorklistFixture(jdbc, facts, passwords.encode(PASSWORD));
        LocalDate today = WorklistFixture.today();
        UUID overdue = f.course(today.minusDays(5));
        UUID soon = f.course(today.minusDays(1));
        for (int i = 0; i < 4; i++) {
            UUID later = f.course(today.minusDays(2 + i));
            f.done(later, WorkItemType.RELATIVES_CONTACT, today.minusDays(2 + i));
        }
        UUID earlier = f.course(today.minusDays(60));
        f.done(earlier, WorkItemType.RELATIVES_CONTACT, today.minusDays(59));
        UUID stale = f.course(today.minusDays(200));
        try {
            browser.step("the clinician logs in and opens the worklist");
            browser.open("/login");
            browser.submitLogin(f.username, PASSWORD);
            viewport(1280, 1700);
            browser.open("/worklist?unit=" + f.unit);
            List<String> rows = browser.driver().findElements(By.cssSelector("tr[data-course]")).stream()
                    .map(r -> r.getAttribute("data-course")).toList();
            assertThat(rows).as("the overdue course first, then the one due in two days").startsWith(
                    overdue.toString(), soon.toString()).doesNotContain(stale.toString());
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-course='" + soon + "'] .status-due")))
                    .as("amber near the deadline").isNotEmpty();
            browser.screenshot("worklist-desktop");
            viewport(320, 1700);
            browser.open("/worklist?unit=" + f.unit);
            Object overflow = ((ChromeDriver) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scroll at 320 px").isEqualTo(false);
            browser.screenshot("worklist-320");

            browser.step("the long-stale tasks, set apart");
            viewport(1280, 1000);
            browser.clickToNewPage(By.id("stale-link"));
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-course='" + stale + "']"))).hasSize(1);
            browser.screenshot("worklist-stale");
            browser.clickToNewPage(By.cssSelector("tr[data-course='" + stale + "'] a[href*='/worklist/close']"));
            browser.click(By.cssSelector("input[name='items'][value='RELATIVES_CONTACT']"));
            browser.click(By.cssSelector("input[name='reason'][value='NOT_POSSIBLE']"));
            browser.screenshot("worklist-close");
            browser.clickToNewPage(By.id("close-items"));
            WebElement row = browser.driver().findElement(By.cssSelector("tr[data-course='" + stale + "']"));
            assertThat(row.findElements(By.cssSelector("[data-item='RELATIVES_CONTACT']")))
                    .as("the closed task has left the list").isEmpty();
            assertThat(row.findElements(By.cssSelector("[data-item='CRISIS_PLAN']"))).hasSize(1);
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
