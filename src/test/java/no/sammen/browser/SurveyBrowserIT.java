package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A relative answers the patients' ward's survey on a 360-pixel-wide phone, by keyboard alone: Tab to each group,
 * Space or the arrow keys to choose, text typed, Enter to send; a required question left out is refused beside it
 * first. Then the leader logs in and sees the round's answers counted (it has reached five with this one) and the
 * comment. Screenshots go to {@code target/screenshots/sv*.png}.
 */
class SurveyBrowserIT extends BrowserTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    SurveyBrowserIT() {
        super("sv-failure");
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("leder:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
        return com.jayway.jsonpath.JsonPath.read(answer.body(), "$.id");
    }

    /** Four earlier answers to the round, posted as a phone posts the form. */
    private void answerByHttp(String key, String contacted) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/s/" + key))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("answers%5BCONTACTED%5D=" + contacted
                                + "&answers%5BINFORMED_TREATMENT%5D=3")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focus is on an element whose id starts so; fails after 80 presses. */
    private WebElement tabTo(String idPrefix) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = active();
            String id = focused.getDomAttribute("id");
            if (id != null && id.startsWith(idPrefix)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + idPrefix + "…");
    }

    private boolean selected(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    @Test
    void aRelativeAnswersByKeyboardOnAPhoneAndTheLeaderSeesTheResult() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String round = post("/api/v1/units/" + unit + "/surveys/rounds", """
                {"questionnaire": "RELATIVES", "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(LocalDate.now().minusDays(1), LocalDate.now().plusDays(20)));
        String key = jdbc.sql("select public_key from survey_round where id = ?").param(UUID.fromString(round))
                .query(String.class).single();
        for (String contacted : new String[] {"YES", "YES", "NO", "YES"}) {
            answerByHttp(key, contacted);
        }
        try {
            browser.step("opening the survey's link on a phone");
            driver.manage().window().setSize(new Dimension(360, 800));
            browser.open("/s/" + key + "?lang=nb");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")), "#survey-form");
            assertThat(driver.manage().getCookies()).as("no cookie").isEmpty();
            assertThat(scrollsSideways()).as("the answer page at 360 px").isFalse();
            browser.screenshot("sv01-phone");

            browser.step("sending without the required question is refused beside it");
            tabTo("survey-submit").sendKeys(Keys.ENTER);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("answers[CONTACTED]-error")),
                    "the required question's error");
            browser.assertText(By.id("answers[CONTACTED]-error"), "survey.answer.required", BOKMAAL, new Object[0],
                    "beside the question");
            assertThat(driver.findElement(By.id("item-CONTACTED")).getDomAttribute("aria-describedby"))
                    .isEqualTo("answers[CONTACTED]-error");
            browser.screenshot("sv02-required", By.id("survey-errors"));

            browser.step("answering by keyboard: Space chooses, arrows move within a group");
            tabTo("answer-CONTACTED-").sendKeys(Keys.SPACE);
            assertThat(selected("answer-CONTACTED-YES")).isTrue();
            active().sendKeys(Keys.TAB);
            assertThat(active().getDomAttribute("id")).isEqualTo("answer-CONTACT_WHEN-SAME_DAY");
            active().sendKeys(Keys.ARROW_DOWN);
            assertThat(selected("answer-CONTACT_WHEN-WITHIN_3_DAYS")).isTrue();
            tabTo("answer-INFORMED_TREATMENT-").sendKeys(Keys.SPACE);
            for (int i = 0; i < 3; i++) {
                active().sendKeys(Keys.ARROW_RIGHT);
            }
            assertThat(selected("answer-INFORMED_TREATMENT-4")).isTrue();
            tabTo("answersCOMMENT").sendKeys("Fikk god informasjon om pårørendekurset.");
            browser.screenshot("sv03-answered");
            assertThat(scrollsSideways()).isFalse();
            WebElement oldPage = driver.findElement(By.tagName("html"));
            tabTo("survey-submit").sendKeys(Keys.ENTER);
            browser.waitFor(ExpectedConditions.stalenessOf(oldPage), "the thank-you page");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanks")), "#survey-thanks");
            browser.assertText(By.id("survey-thanks"), "survey.thanks.title", BOKMAAL, new Object[0], "thanks");
            browser.screenshot("sv04-thanks");
            assertThat(driver.manage().getCookies()).as("still no cookie").isEmpty();

            browser.step("the leader sees the round's results and the comment");
            driver.manage().window().setSize(new Dimension(1280, 1000));
            browser.open("/login");
            browser.submitLogin("leder", PASSWORD);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout");
            browser.clickToNewPage(By.id("nav-reports"));
            browser.clickToNewPage(By.id("surveys-link"));
            browser.open("/surveys/rounds/" + round);
            browser.assertText(By.id("round-answers"), "survey.results.answers", BOKMAAL, new Object[] {5}, "five answers");
            assertThat(browser.textOf(By.id("result-CONTACTED")))
                    .contains(browser.message("survey.results.share", BOKMAAL, 4, 5, 80));
            assertThat(browser.textOf(By.id("free-text-COMMENT"))).contains("Fikk god informasjon om pårørendekurset.");
            assertThat(driver.findElements(By.cssSelector("#survey-qr svg"))).hasSize(1);
            browser.screenshot("sv05-leader-round");
            browser.open("/surveys/results?unit=" + unit + "&questionnaire=RELATIVES&item=CONTACTED");
            assertThat(browser.textOf(By.id("survey-results"))).contains(browser.message("survey.results.share", BOKMAAL, 4, 5, 80));
            browser.screenshot("sv06-leader-results");
            driver.manage().window().setSize(new Dimension(320, 900));
            browser.screenshot("sv07-leader-results-320");
            assertThat(scrollsSideways()).as("the results at 320 px").isFalse();
        } catch (Throwable t) {
            throw browser.failure(t);
        }
    }
}
