package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An IMR therapist starts IMR on a course with the modules the user chose, registers the user's goal
 * in the user's words and a session with the progress the user noted, and sees the unit's counter on
 * the IMR board move by one. Screenshots of the board at full width and at 320 pixels go to
 * {@code target/screenshots/imr-board-*.png}.
 */
class ImrBrowserIT extends BrowserTest {

    ImrBrowserIT() {
        super("imr-failure");
    }

    @Test
    void aTherapistRegistersAGoalAndASessionAndSeesTheCounterMove() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        UUID unit = TestData.unitId(jdbc, "Kronstad poliklinikk");
        goal(unit, today);
        UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad poliklinikk");
        UUID therapist = jdbc.sql("select id from user_account where username = 'behandler'").query(UUID.class)
                .single();
        try {
            browser.step("the therapist starts IMR with the modules the user chose");
            browser.open("/login");
            browser.submitLogin("behandler", PASSWORD);
            viewport(1280, 1600);
            browser.open("/courses/" + course);
            assertThat(driver.findElements(By.id("no-imr"))).hasSize(1);
            browser.clickToNewPage(By.id("imr-link"));
            browser.clickToNewPage(By.id("imr-course-link"));
            browser.type(By.id("place-RECOVERY_STRATEGIES"), "1");
            browser.type(By.id("place-COPING_WITH_STRESS"), "2");
            browser.click(By.cssSelector("input[name='therapistIds'][value='" + therapist + "']"));
            browser.clickToNewPage(By.id("save-imr-course"));
            assertThat(driver.findElement(By.id("imr-modules")).getText()).contains("Strategier for bedring")
                    .contains("Å mestre stress");

            browser.step("the user's goal, in the user's words");
            browser.clickToNewPage(By.id("new-goal-link"));
            assertThat(driver.findElement(By.id("goal-is-users")).getText()).contains("brukerens");
            browser.type(By.id("goal"), "Å gå på konsert med venner");
            browser.type(By.id("steps"), "Kjøpe billett; avtale med Per");
            browser.clickToNewPage(By.id("save-goal"));
            assertThat(driver.findElement(By.id("goal-list")).getText()).contains("Å gå på konsert med venner");

            browser.step("the board before the session");
            browser.open("/imr/board?unitId=" + unit);
            int before = Integer.parseInt(driver.findElement(By.id("imr-held")).getText().strip());

            browser.step("a session on an evening shift with the progress the user noted");
            browser.open("/courses/" + course + "/imr/sessions/new");
            browser.click(By.cssSelector("input[name='shift'][value='EVENING']"));
            browser.click(By.cssSelector("input[name='attended'][value='true']"));
            browser.click(By.cssSelector("input[name='homeworkChosen'][value='true']"));
            browser.type(By.id("part"), "1");
            new Select(driver.findElement(By.id("goalId"))).selectByIndex(1);
            browser.type(By.id("goalNote"), "Har kjøpt billett");
            browser.clickToNewPage(By.id("save-session"));
            assertThat(driver.findElement(By.cssSelector("[id^='phrase-']")).getText())
                    .contains("kveldsvakt").contains("modul 1 «Strategier for bedring», del 1");

            browser.step("the unit's counter has moved by one");
            browser.open("/imr/board?unitId=" + unit);
            assertThat(Integer.parseInt(driver.findElement(By.id("imr-held")).getText().strip())).isEqualTo(before + 1);
            assertThat(driver.findElement(By.id("board-" + course)).getText()).contains("Strategier for bedring")
                    .contains("Ingrid Haugland");
            browser.screenshot("imr-board-wide");
            viewport(320, 1600);
            browser.open("/imr/board?unitId=" + unit);
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("imr-board-320");
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    @Test
    void aCoordinatorRegistersAGroupSessionForAllMembersAndSeesTheGroupCounterMove() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        goal(unit, today);
        UUID first = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        UUID second = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        for (UUID course : new UUID[] {first, second}) {
            imrInGroup(course, today.minusDays(5));
        }
        try {
            browser.step("the coordinator starts an IMR group from the board");
            browser.open("/login");
            browser.submitLogin("koordinator", PASSWORD);
            viewport(1280, 1600);
            browser.open("/imr/board?unitId=" + unit);
            int before = Integer.parseInt(driver.findElement(By.id("imr-held")).getText().strip());
            assertThat(driver.findElement(By.id("imr-group-once")).getText()).contains("én gang");
            browser.clickToNewPage(By.id("new-imr-group"));
            browser.type(By.id("name"), "Torsdagsgruppa " + UUID.randomUUID().toString().substring(0, 4));
            browser.click(By.cssSelector("input[name='status'][value='RUNNING']"));
            browser.click(By.cssSelector("input[name='leaderIds']"));
            browser.clickToNewPage(By.id("save-group"));

            browser.step("two users with IMR join the group");
            String groupPage = new java.net.URI(driver.getCurrentUrl()).getPath();
            for (UUID course : new UUID[] {first, second}) {
                new Select(driver.findElement(By.id("courseId"))).selectByValue(course.toString());
                browser.clickToNewPage(By.id("add-member"));
                browser.open(groupPage);
            }

            browser.step("one session for the whole group, every member listed and ticked");
            browser.clickToNewPage(By.id("new-session"));
            assertThat(driver.findElements(By.cssSelector("input[name='patientCourseIds']:checked"))).hasSize(2);
            browser.click(By.cssSelector("input[name='shift'][value='EVENING']"));
            new Select(driver.findElement(By.id("moduleId"))).selectByValue("COPING_WITH_STRESS");
            browser.type(By.id("part"), "2");
            browser.click(By.cssSelector("input[name='homeworkCourseIds'][value='" + first + "']"));
            browser.screenshot("imr-group-session-wide");
            viewport(320, 1600);
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("imr-group-session-320");
            viewport(1280, 1600);
            browser.clickToNewPage(By.id("save-session"));
            assertThat(driver.findElement(By.id("sessions")).getText()).contains("Å mestre stress").contains("del 2");
            browser.screenshot("imr-group-page-wide");

            browser.step("the board's group counter has moved by one, not by two");
            browser.open("/imr/board?unitId=" + unit);
            assertThat(Integer.parseInt(driver.findElement(By.id("imr-held")).getText().strip())).isEqualTo(before + 1);
            browser.screenshot("imr-board-groups-wide");
            viewport(320, 1600);
            browser.open("/imr/board?unitId=" + unit);
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("imr-board-groups-320");
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    /** IMR in a group on the course from a day, as the therapist would start it. */
    private void imrInGroup(UUID course, LocalDate from) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID imr = UUID.randomUUID();
        jdbc.sql("""
                insert into imr_course (id, course_id, format, start_date, created_at, changed_at, version)
                values (?, ?, 'GROUP', ?, ?, ?, 0)""").params(imr, course, from, now, now).update();
        jdbc.sql("insert into imr_course_module (imr_course_id, position, module_id) values (?, 0, 'COPING_WITH_STRESS')")
                .param(imr).update();
    }

    /** The unit's goal over a year around today, whatever an earlier test left. */
    private void goal(UUID unit, LocalDate today) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.sql("select count(*) from imr_unit_settings where unit_id = ?").param(unit).query(Long.class)
                .single() == 0) {
            jdbc.sql("""
                    insert into imr_unit_settings (unit_id, first_module_id, goal_from, goal_to, individual_goal,
                        group_goal, changed_at, version) values (?, null, ?, ?, 150, 50, ?, 0)""")
                    .params(unit, today.minusMonths(6), today.plusMonths(6), now).update();
        } else {
            jdbc.sql("""
                    update imr_unit_settings set first_module_id = null, goal_from = ?, goal_to = ?,
                        individual_goal = 150, group_goal = 50, version = version + 1 where unit_id = ?""")
                    .params(today.minusMonths(6), today.plusMonths(6), unit).update();
        }
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
