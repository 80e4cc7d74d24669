package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.NYNORSK;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a clinician does in a real browser: log in, choose a language, register a course (first
 * with national ids that must be refused, then with a valid one), find it again, and what a
 * clinician of another unit gets when following a link to it.
 *
 * <p>Runs Debian's Chromium and chromedriver through {@link BrowserSession}, so that nothing is
 * downloaded while the tests run. Expected texts come from the application's own message bundles;
 * where a translation is checked, the test also requires it to differ from bokmål, so a missing
 * key (which falls back to bokmål) fails the test.
 * Screenshots of the main steps go to {@code target/screenshots/}.
 */
class CourseRegistrationBrowserIT extends BrowserTest {

    private static final Locale ENGLISH = Locale.ENGLISH;

    CourseRegistrationBrowserIT() {
        super("failure");
    }

    @Test
    void clinicianRegistersACourseInTheirLanguageAndAnotherUnitCannotOpenIt() {
        String label = "Z.Q. 1985 " + BrowserSession.randomLetters(4);
        // Born 31 May 1985: a day after the 28th, which no other test uses (TestData.nationalId never does).
        String validId = BrowserSession.validNationalId("310585");
        String notADate = "12345678901";
        String wrongCheckDigit = validId.substring(0, 10) + (char) ('0' + (validId.charAt(10) - '0' + 1) % 10);
        try {
            browser.step("the login page is in bokmål, and a wrong password is refused");
            browser.open("/login");
            assertLanguage("nb");
            assertText(By.tagName("h1"), "login.heading", BOKMAAL);
            assertText(By.cssSelector("label[for=username]"), "login.username", BOKMAAL);
            browser.screenshot("01-login");
            browser.submitLogin("behandler", "not-the-password");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")), "#login-error after a wrong password");
            assertText(By.id("login-error"), "login.error", BOKMAAL);

            browser.step("logging in as behandler shows the course list in bokmål");
            browser.submitLogin("behandler", PASSWORD);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in");
            browser.waitFor(ExpectedConditions.urlMatches("/courses$"), "the course list as start page for a clinician");
            browser.recordUrl();
            assertLanguage("nb");
            assertText(By.tagName("h1"), "patient.courses.heading", BOKMAAL);
            assertText(By.cssSelector("label[for=q]"), "patient.courses.filter.text", BOKMAAL);
            browser.screenshot("02-courses-bokmaal");

            browser.step("switching to nynorsk translates the page");
            browser.clickToNewPage(By.id("lang-nn"));
            assertLanguage("nn");
            assertTranslated(By.cssSelector("label[for=q]"), "patient.courses.filter.text", NYNORSK);

            browser.step("nynorsk is remembered on the registration form");
            browser.clickToNewPage(By.id("register-course"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            assertThat(driver.getCurrentUrl()).as("registration form URL").doesNotContain("lang=");
            assertLanguage("nn");
            assertTranslated(By.id("nationalId-hint"), "patient.form.nationalId.hint", NYNORSK);

            browser.step("a national id without a valid date of birth is refused, in nynorsk");
            fillCourseForm(notADate, label);
            browser.clickToNewPage(By.id("save-course"));
            assertOnlyNationalIdRefused("patient.nationalId.date", NYNORSK);
            browser.screenshot("03-national-id-error-nynorsk");

            browser.step("switching to English translates the page");
            browser.clickToNewPage(By.id("lang-en"));
            assertLanguage("en");
            assertTranslated(By.tagName("h1"), "patient.courses.heading", ENGLISH);

            browser.step("English is remembered on the registration form");
            browser.clickToNewPage(By.id("register-course"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            assertLanguage("en");
            assertTranslated(By.tagName("h1"), "patient.form.registerTitle", ENGLISH);

            browser.step("a national id with a wrong check digit is refused, in English");
            fillCourseForm(wrongCheckDigit, label);
            browser.clickToNewPage(By.id("save-course"));
            assertOnlyNationalIdRefused("patient.nationalId.checksum", ENGLISH);
            browser.screenshot("04-national-id-error-english");

            browser.step("the refused registrations stored nothing");
            browser.clickToNewPage(By.id("nav-courses"));
            search(label);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("no-courses")),
                    "#no-courses when searching for the label of the refused registrations");
            assertText(By.id("no-courses"), "patient.courses.empty", ENGLISH);
            assertThat(driver.findElements(By.id("course-table"))).as("#course-table after refused registrations").isEmpty();

            browser.step("a valid national id registers the course");
            browser.clickToNewPage(By.id("nav-new-course"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            fillCourseForm(validId, label);
            browser.clickToNewPage(By.id("save-course"));
            browser.waitFor(ExpectedConditions.urlMatches("/courses/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                    "a redirect to the new course's page; field errors shown: " + fieldErrors());
            String courseUrl = browser.recordUrl();
            assertLanguage("en");
            assertThat(driver.findElement(By.id("course-heading")).getText()).as("#course-heading")
                    .isEqualTo(message("patient.course.title", ENGLISH, label));
            assertText(By.id("notice"), "patient.course.registered", ENGLISH);
            assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).as("course facts")
                    .contains("Kronstad sengepost", "F20.0");
            browser.screenshot("05-course-page");

            browser.step("the course is found in the list with the search box");
            browser.clickToNewPage(By.id("nav-courses"));
            search(label);
            WebElement link = browser.waitFor(driver -> {
                List<WebElement> rows = driver.findElements(By.cssSelector("#course-table tbody tr"));
                if (rows.size() != 1) {
                    return null;
                }
                WebElement first = rows.get(0).findElement(By.tagName("a"));
                return label.equals(first.getText()) ? first : null;
            }, "exactly one row in #course-table, labelled '" + label + "', after searching for it");
            browser.recordUrl();
            browser.screenshot("06-course-list");
            assertThat(link.getDomAttribute("href")).as("link from the list").isEqualTo(path(courseUrl));
            browser.clickToNewPage(By.linkText(label));
            assertThat(browser.recordUrl()).as("course page opened from the list").isEqualTo(courseUrl);

            browser.step("logging out");
            browser.clickToNewPage(By.id("logout"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")), "the login page after logging out");
            browser.recordUrl();

            browser.step("behandler2 in another unit gets 'not found' for the course");
            browser.submitLogin("behandler2", PASSWORD);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in as behandler2");
            browser.recordUrl();
            driver.get(courseUrl);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("not-found")),
                    "#not-found for a course in another unit");
            browser.recordUrl();
            assertLanguage("en");
            assertText(By.id("not-found"), "error.notFound.course", ENGLISH);
            assertThat(driver.findElement(By.tagName("main")).getText()).as("the not-found page")
                    .doesNotContain(label).doesNotContain("Kronstad");
            assertThat(driver.findElements(By.id("course-heading"))).as("#course-heading for another unit").isEmpty();
            assertThat(driver.findElements(By.id("logout"))).as("#logout on the not-found page (full layout)").hasSize(1);
            browser.screenshot("07-not-found");

            browser.step("no national id was ever part of a URL");
            assertThat(browser.visitedUrls()).as("visited URLs").isNotEmpty();
            for (String url : browser.visitedUrls()) {
                String digitsOnly = url.replaceAll("[^0-9]", "");
                for (String id : List.of(notADate, wrongCheckDigit, validId)) {
                    assertThat(url).as("visited URL").doesNotContain(id);
                    assertThat(digitsOnly).as("digits of visited URL " + url).doesNotContain(id);
                }
            }
        } catch (Throwable failure) {
            throw browser.failure(failure);
        }
    }

    // --- steps -----------------------------------------------------------------------------------

    /** Fills every field with a valid value except, perhaps, the national id. */
    private void fillCourseForm(String nationalId, String label) {
        browser.type(By.id("nationalId"), nationalId);
        browser.type(By.id("displayLabel"), label);
        Select unit = new Select(driver.findElement(By.id("unitId")));
        WebElement kronstad = unit.getOptions().stream().filter(o -> o.getText().startsWith("Kronstad sengepost"))
                .findFirst().orElseThrow(() -> new AssertionError("no unit 'Kronstad sengepost' in #unitId for behandler"));
        unit.selectByValue(kronstad.getDomAttribute("value"));
        assertThat(driver.findElement(By.id("startDate")).getDomProperty("value")).as("#startDate default")
                .matches("\\d{4}-\\d{2}-\\d{2}");
        browser.type(By.id("diagnosisCode"), "F20.0");
        assertThat(driver.findElement(By.cssSelector("input[name=legalStatus][value=VOLUNTARY]")).isSelected())
                .as("legal status VOLUNTARY selected by default").isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name=pathway][value=ORDINARY]")).isSelected())
                .as("pathway ORDINARY selected by default").isTrue();
    }

    /** The national id's message is shown next to the field and linked to it; no other field is blamed. */
    private void assertOnlyNationalIdRefused(String key, Locale locale) {
        WebElement error = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("nationalId-error")),
                "#nationalId-error after submitting an invalid national id; field errors shown: " + fieldErrors());
        assertLanguage(locale.getLanguage());
        assertTranslated(By.id("nationalId-error"), key, locale);
        assertThat(error.getDomAttribute("class")).as("#nationalId-error class").contains("field-error");
        WebElement input = driver.findElement(By.id("nationalId"));
        assertThat(input.getDomAttribute("aria-invalid")).as("#nationalId aria-invalid").isEqualTo("true");
        assertThat(input.getDomAttribute("aria-describedby")).as("#nationalId aria-describedby")
                .contains("nationalId-error");
        WebElement next = driver.findElement(By.xpath("//input[@id='nationalId']/following-sibling::*[1]"));
        assertThat(next.getDomAttribute("id")).as("the element right after #nationalId").isEqualTo("nationalId-error");
        assertThat(fieldErrors()).as("field errors").hasSize(1);
        assertThat(driver.findElement(By.id("course-form")).isDisplayed()).isTrue();
    }

    private void search(String text) {
        WebElement box = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("q")), "the search box #q");
        box.clear();
        box.sendKeys(text);
    }

    private void assertLanguage(String language) {
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language), "<html lang=\"" + language + "\">");
    }

    private void assertText(By element, String key, Locale locale) {
        browser.assertText(element, key, locale, new Object[0], "");
    }

    /** Like {@link #assertText}, and the text must really be translated, not the bokmål fallback. */
    private void assertTranslated(By element, String key, Locale locale) {
        assertThat(message(key, locale)).as("translation of " + key + " into " + locale)
                .isNotEqualTo(message(key, BOKMAAL));
        assertText(element, key, locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return browser.message(key, locale, args);
    }

    private List<String> fieldErrors() {
        return browser.errorsShown(".field-error");
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
