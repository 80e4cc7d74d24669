package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.ExportFixture;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader opens the unit report of a unit of the test's own clinic where IMR sessions were registered through
 * the API over seven months, and sees K6 in the summary and as a card with its C chart, the goal as the target
 * line and the counts in the table; then the comparison of K6 between the clinic's units. Screenshots at full
 * width and at 320 pixels go to {@code target/screenshots/k6-*.png}.
 */
class K6ReportBrowserIT extends BrowserTest {

    /** Sessions in each of the seven months before the current one, oldest first. */
    private static final int[] SESSIONS = {3, 4, 2, 5, 3, 4, 6};

    @Autowired
    CourseFactService courseFacts;

    K6ReportBrowserIT() {
        super("k6-report-failure");
    }

    @Test
    void aLeaderSeesK6WithItsCChartInTheUnitReportAndTheComparison() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        YearMonth first = YearMonth.from(today).minusMonths(SESSIONS.length);
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        String name = "IMR-post " + BrowserSession.randomLetters(6);
        UUID unit = fixture.unit(name);
        UUID other = fixture.unit("Uten IMR " + BrowserSession.randomLetters(6));
        String clinician = fixture.user("CLINICIAN", unit);
        String leader = fixture.user("LEADER", unit, other);
        UUID therapist = jdbc.sql("select id from user_account where username = ?").param(clinician)
                .query(UUID.class).single();

        String course = JsonPath.read(call("POST", "/api/v1/courses", clinician, """
                {"nationalId": "%s", "displayLabel": "I.M. 1988", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                .formatted(TestData.nationalId(), unit, first.atDay(1)), 201), "$.course.id");
        call("PUT", "/api/v1/courses/" + course + "/imr", clinician, """
                {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": ["PRACTICAL_FACTS"]}"""
                .formatted(first.atDay(1), therapist), 200);
        for (int m = 0; m < SESSIONS.length; m++) {
            for (int s = 0; s < SESSIONS[m]; s++) {
                call("POST", "/api/v1/courses/" + course + "/imr/sessions", clinician, """
                        {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "PRACTICAL_FACTS",
                         "part": 1, "homeworkChosen": false, "attended": true}"""
                        .formatted(first.plusMonths(m).atDay(2 + 3 * s), therapist), 201);
            }
        }
        // The unit's goal: 60 individual sessions a year, 5 a month.
        Number version = JsonPath.read(call("GET", "/api/v1/imr/units/" + unit + "/settings", leader, null, 200),
                "$.version");
        call("PUT", "/api/v1/imr/units/" + unit + "/settings", leader, """
                {"version": %s, "firstModuleId": null, "goalFrom": "%s", "goalTo": "%s", "individualGoal": 60,
                 "groupGoal": 0}""".formatted(version == null ? 0 : version, first.atDay(1),
                first.plusMonths(11).atEndOfMonth()), 200);
        String last = first.plusMonths(SESSIONS.length - 1).toString();
        String lastLabel = last.substring(5) + "." + last.substring(0, 4);
        try {
            browser.step("the leader opens the unit report with the control charts");
            browser.open("/login");
            browser.submitLogin(leader, PASSWORD);
            viewport(1280, 1800);
            browser.open("/reports/units/" + unit + "?grain=month&chart=p");
            assertThat(browser.textOf(By.id("summary-K6"))).contains("6 økter").contains(lastLabel);
            assertThat(browser.textOf(By.id("latest-K6"))).contains("6 økter");
            assertThat(driver.findElements(By.cssSelector("#indicator-K6 svg.spc-chart"))).hasSize(1);
            assertThat(driver.findElement(By.id("chart-K6-title")).getAttribute("textContent")).contains("C-diagram");
            assertThat(driver.findElements(By.cssSelector("#indicator-K6 svg .target"))).isNotEmpty();
            assertThat(browser.textOf(By.id("data-K6"))).contains(lastLabel + " 6");
            browser.screenshot("k6-unit-report-wide", By.id("indicator-K6"));
            browser.screenshot("k6-summary-wide", By.id("summary"));

            viewport(320, 1800);
            browser.open("/reports/units/" + unit + "?grain=month&chart=p");
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("k6-unit-report-320", By.id("indicator-K6"));

            browser.step("the comparison of K6 between the clinic's units");
            viewport(1280, 1200);
            browser.open("/reports/compare?indicator=K6&period=MONTH&at=" + last + "-01&clinic=" + fixture.clinic);
            assertThat(browser.textOf(By.id("row-" + unit))).contains("6").contains("Vanlig variasjon");
            assertThat(browser.textOf(By.id("row-" + other))).contains("Ikke i bruk");
            browser.screenshot("k6-comparison-wide", By.id("comparison-heading"));
            viewport(320, 1200);
            browser.open("/reports/compare?indicator=K6&period=MONTH&at=" + last + "-01&clinic=" + fixture.clinic);
            assertThat(scrollsSideways()).as("no sideways scroll at 320 px").isFalse();
            browser.screenshot("k6-comparison-320", By.id("comparison-heading"));
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
    }

    private String call(String method, String path, String username, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.body();
    }

    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
