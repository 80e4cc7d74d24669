package no.sammen.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a clinician does in a real browser: log in, choose a language, register a course (first
 * with national ids that must be refused, then with a valid one), find it again, and what a
 * clinician of another unit gets when following a link to it.
 *
 * <p>Runs Debian's Chromium and chromedriver from fixed paths (or {@code CHROMIUM_BIN} and
 * {@code CHROMEDRIVER_BIN}), so that nothing is downloaded while the tests run. Expected texts come
 * from the application's own message bundles; where a translation is checked, the test also
 * requires it to differ from bokmål, so a missing key (which falls back to bokmål) fails the test.
 * Screenshots of the main steps go to {@code target/screenshots/}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CourseRegistrationBrowserIT {

    private static final String PASSWORD = "sammen-demo-2026";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final Locale NYNORSK = Locale.forLanguageTag("nn");
    private static final Locale ENGLISH = Locale.ENGLISH;

    @LocalServerPort
    private int port;

    @Autowired
    private MessageSource messages;

    private Path profileDirectory;
    private WebDriver driver;
    private WebDriverWait wait;
    private String step = "starting the browser";
    private final List<String> visitedUrls = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        File chromium = executable("CHROMIUM_BIN", "/usr/bin/chromium");
        File chromedriver = executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        profileDirectory = Files.createTempDirectory("sammen-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profileDirectory.toAbsolutePath());
        // An explicit driver executable keeps Selenium Manager from looking for (or downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDirectory != null) {
            try (Stream<Path> files = Files.walk(profileDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void clinicianRegistersACourseInTheirLanguageAndAnotherUnitCannotOpenIt() {
        String label = "Z.Q. 1985 " + randomLetters(4);
        String validId = validNationalId();
        String notADate = "12345678901";
        String wrongCheckDigit = validId.substring(0, 10) + (char) ('0' + (validId.charAt(10) - '0' + 1) % 10);
        try {
            step("the login page is in bokmål, and a wrong password is refused");
            open("/login");
            assertLanguage("nb");
            assertText(By.tagName("h1"), "login.heading", BOKMAAL);
            assertText(By.cssSelector("label[for=username]"), "login.username", BOKMAAL);
            screenshot("01-login");
            submitLogin("behandler", "not-the-password");
            waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")), "#login-error after a wrong password");
            assertText(By.id("login-error"), "login.error", BOKMAAL);

            step("logging in as behandler shows the course list in bokmål");
            submitLogin("behandler", PASSWORD);
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in");
            waitFor(ExpectedConditions.urlMatches("/courses$"), "the course list as start page for a clinician");
            recordUrl();
            assertLanguage("nb");
            assertText(By.tagName("h1"), "patient.courses.heading", BOKMAAL);
            assertText(By.cssSelector("label[for=q]"), "patient.courses.filter.text", BOKMAAL);
            screenshot("02-courses-bokmaal");

            step("switching to nynorsk translates the page");
            clickToNewPage(By.id("lang-nn"));
            assertLanguage("nn");
            assertTranslated(By.cssSelector("label[for=q]"), "patient.courses.filter.text", NYNORSK);

            step("nynorsk is remembered on the registration form");
            clickToNewPage(By.id("register-course"));
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            assertThat(driver.getCurrentUrl()).as("registration form URL").doesNotContain("lang=");
            assertLanguage("nn");
            assertTranslated(By.id("nationalId-hint"), "patient.form.nationalId.hint", NYNORSK);

            step("a national id without a valid date of birth is refused, in nynorsk");
            fillCourseForm(notADate, label);
            clickToNewPage(By.id("save-course"));
            assertOnlyNationalIdRefused("patient.nationalId.date", NYNORSK);
            screenshot("03-national-id-error-nynorsk");

            step("switching to English translates the page");
            clickToNewPage(By.id("lang-en"));
            assertLanguage("en");
            assertTranslated(By.tagName("h1"), "patient.courses.heading", ENGLISH);

            step("English is remembered on the registration form");
            clickToNewPage(By.id("register-course"));
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            assertLanguage("en");
            assertTranslated(By.tagName("h1"), "patient.form.registerTitle", ENGLISH);

            step("a national id with a wrong check digit is refused, in English");
            fillCourseForm(wrongCheckDigit, label);
            clickToNewPage(By.id("save-course"));
            assertOnlyNationalIdRefused("patient.nationalId.checksum", ENGLISH);
            screenshot("04-national-id-error-english");

            step("the refused registrations stored nothing");
            clickToNewPage(By.id("nav-courses"));
            search(label);
            waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("no-courses")),
                    "#no-courses when searching for the label of the refused registrations");
            assertText(By.id("no-courses"), "patient.courses.empty", ENGLISH);
            assertThat(driver.findElements(By.id("course-table"))).as("#course-table after refused registrations").isEmpty();

            step("a valid national id registers the course");
            clickToNewPage(By.id("nav-new-course"));
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            fillCourseForm(validId, label);
            clickToNewPage(By.id("save-course"));
            waitFor(ExpectedConditions.urlMatches("/courses/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                    "a redirect to the new course's page; field errors shown: " + fieldErrors());
            String courseUrl = recordUrl();
            assertLanguage("en");
            assertThat(driver.findElement(By.id("course-heading")).getText()).as("#course-heading")
                    .isEqualTo(message("patient.course.title", ENGLISH, label));
            assertText(By.id("notice"), "patient.course.registered", ENGLISH);
            assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).as("course facts")
                    .contains("Kronstad sengepost", "F20.0");
            screenshot("05-course-page");

            step("the course is found in the list with the search box");
            clickToNewPage(By.id("nav-courses"));
            search(label);
            WebElement link = waitFor(driver -> {
                List<WebElement> rows = driver.findElements(By.cssSelector("#course-table tbody tr"));
                if (rows.size() != 1) {
                    return null;
                }
                WebElement first = rows.get(0).findElement(By.tagName("a"));
                return label.equals(first.getText()) ? first : null;
            }, "exactly one row in #course-table, labelled '" + label + "', after searching for it");
            recordUrl();
            screenshot("06-course-list");
            assertThat(link.getDomAttribute("href")).as("link from the list").isEqualTo(path(courseUrl));
            clickToNewPage(By.linkText(label));
            assertThat(recordUrl()).as("course page opened from the list").isEqualTo(courseUrl);

            step("logging out");
            clickToNewPage(By.id("logout"));
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")), "the login page after logging out");
            recordUrl();

            step("behandler2 in another unit gets 'not found' for the course");
            submitLogin("behandler2", PASSWORD);
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in as behandler2");
            recordUrl();
            driver.get(courseUrl);
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("not-found")),
                    "#not-found for a course in another unit");
            recordUrl();
            assertLanguage("en");
            assertText(By.id("not-found"), "error.notFound.title", ENGLISH);
            assertThat(driver.findElement(By.tagName("main")).getText()).as("the not-found page")
                    .doesNotContain(label).doesNotContain("Kronstad");
            assertThat(driver.findElements(By.id("course-heading"))).as("#course-heading for another unit").isEmpty();
            assertThat(driver.findElements(By.id("logout"))).as("#logout on the not-found page (full layout)").hasSize(1);
            screenshot("07-not-found");

            step("no national id was ever part of a URL");
            assertThat(visitedUrls).as("visited URLs").isNotEmpty();
            for (String url : visitedUrls) {
                String digitsOnly = url.replaceAll("[^0-9]", "");
                for (String id : List.of(notADate, wrongCheckDigit, validId)) {
                    assertThat(url).as("visited URL").doesNotContain(id);
                    assertThat(digitsOnly).as("digits of visited URL " + url).doesNotContain(id);
                }
            }
        } catch (Throwable failure) {
            saveFailureEvidence();
            throw new AssertionError("Browser flow failed at step '" + step + "' on " + currentUrlOrUnknown() + ": "
                    + failure.getMessage(), failure);
        }
    }

    // --- steps -----------------------------------------------------------------------------------

    private void step(String description) {
        step = description;
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForDocument();
        recordUrl();
    }

    private void submitLogin(String username, String password) {
        WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.id("username")), "#username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        clickToNewPage(By.id("login-submit"));
    }

    /** Fills every field with a valid value except, perhaps, the national id. */
    private void fillCourseForm(String nationalId, String label) {
        type(By.id("nationalId"), nationalId);
        type(By.id("displayLabel"), label);
        Select unit = new Select(driver.findElement(By.id("unitId")));
        WebElement kronstad = unit.getOptions().stream().filter(o -> o.getText().startsWith("Kronstad sengepost"))
                .findFirst().orElseThrow(() -> new AssertionError("no unit 'Kronstad sengepost' in #unitId for behandler"));
        unit.selectByValue(kronstad.getDomAttribute("value"));
        assertThat(driver.findElement(By.id("startDate")).getDomProperty("value")).as("#startDate default")
                .matches("\\d{4}-\\d{2}-\\d{2}");
        type(By.id("diagnosisCode"), "F20.0");
        assertThat(driver.findElement(By.cssSelector("input[name=legalStatus][value=VOLUNTARY]")).isSelected())
                .as("legal status VOLUNTARY selected by default").isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name=pathway][value=ORDINARY]")).isSelected())
                .as("pathway ORDINARY selected by default").isTrue();
    }

    /** The national id's message is shown next to the field and linked to it; no other field is blamed. */
    private void assertOnlyNationalIdRefused(String key, Locale locale) {
        WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("nationalId-error")),
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
        WebElement box = waitFor(ExpectedConditions.elementToBeClickable(By.id("q")), "the search box #q");
        box.clear();
        box.sendKeys(text);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks something that loads a new document and waits until the old one is gone. */
    private void clickToNewPage(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(target), "clickable " + target);
        element.click();
        waitFor(ExpectedConditions.stalenessOf(oldPage), "a new page after clicking " + target);
        waitForDocument();
        recordUrl();
    }

    private void waitForDocument() {
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
                "the page to finish loading");
    }

    /**
     * Waits until the condition holds. While a page is replaced, chromedriver may report an element
     * of the old page as "not belonging to the document" instead of stale; both mean "look again".
     */
    private <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
        return wait.withMessage("waiting for " + what).until(d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException e) {
                return null;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    private String recordUrl() {
        String url = driver.getCurrentUrl();
        visitedUrls.add(url);
        return url;
    }

    private void assertLanguage(String language) {
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language), "<html lang=\"" + language + "\">");
    }

    private void assertText(By element, String key, Locale locale) {
        String expected = message(key, locale);
        try {
            waitFor(ExpectedConditions.textToBe(element, expected), element + " to read '" + expected + "'");
        } catch (RuntimeException e) {
            fail(element + " should read '" + expected + "' (" + key + ", " + locale + ") but reads '" + textOf(element)
                    + "'", e);
        }
    }

    /** Like {@link #assertText}, and the text must really be translated, not the bokmål fallback. */
    private void assertTranslated(By element, String key, Locale locale) {
        assertThat(message(key, locale)).as("translation of " + key + " into " + locale)
                .isNotEqualTo(message(key, BOKMAAL));
        assertText(element, key, locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String textOf(By element) {
        try {
            return driver.findElement(element).getText();
        } catch (NoSuchElementException e) {
            return "<missing>";
        }
    }

    private List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".field-error")).stream()
                .map(e -> e.getDomAttribute("id") + ": " + e.getText()).toList();
    }

    private String currentUrlOrUnknown() {
        try {
            return driver.getCurrentUrl();
        } catch (RuntimeException e) {
            return "<unknown page>";
        }
    }

    private void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    private void saveFailureEvidence() {
        try {
            screenshot("failure");
            Files.writeString(SCREENSHOTS.resolve("failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            // The original failure matters more than missing evidence.
        }
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static File executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            fail("Browser tests need " + file + " (set " + variable
                    + " to another path, or install Debian's chromium and chromium-driver packages)");
        }
        return file;
    }

    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /**
     * A fictional fødselsnummer born 31 May 1985 with a random individual number. The demo data never
     * uses a day after the 28th, so this cannot be a demo patient.
     */
    static String validNationalId() {
        while (true) {
            String nine = "310585" + String.format("%03d", ThreadLocalRandom.current().nextInt(500));
            int k1 = checkDigit(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 == 10) {
                continue;
            }
            int k2 = checkDigit(nine + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 == 10) {
                continue;
            }
            return nine + k1 + k2;
        }
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }
}
