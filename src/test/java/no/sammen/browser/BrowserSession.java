package no.sammen.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.MessageSource;

/**
 * One real browser for one browser test: Debian's Chromium driven by chromedriver, both from fixed
 * paths (or {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN}), so that nothing is downloaded while
 * the tests run. Owns the driver, the wait, the URLs visited, the name of the current step and the
 * screenshot folder {@code target/screenshots/}.
 *
 * <p>Open one in {@code @BeforeEach} and close it in {@code @AfterEach}. A test wraps its flow in
 * {@code try { ... } catch (Throwable t) { throw browser.failure(t); }}, which saves a screenshot and
 * the page source and names the step and page where the flow failed.
 */
final class BrowserSession implements AutoCloseable {

    static final String PASSWORD = no.sammen.testsupport.TestData.PASSWORD;
    static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    static final Locale NYNORSK = Locale.forLanguageTag("nn");

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int port;
    private final MessageSource messages;
    private final String failureName;
    private final Path profileDirectory;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final List<String> visitedUrls = new ArrayList<>();
    private String step = "starting the browser";

    /**
     * Starts Chromium headless.
     *
     * @param failureName file name, without extension, of the screenshot and page source saved when
     *        the flow fails
     * @param extraArguments Chromium arguments beyond the common ones
     * @param customizer anything else the test needs in the options
     */
    private BrowserSession(int port, MessageSource messages, String failureName, List<String> extraArguments,
            Consumer<ChromeOptions> customizer) throws IOException {
        this.port = port;
        this.messages = messages;
        this.failureName = failureName;
        File chromium = executable("CHROMIUM_BIN", "/usr/bin/chromium");
        File chromedriver = executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        profileDirectory = Files.createTempDirectory("sammen-chromium-");
        try {
            driver = startChromium(chromium, chromedriver, extraArguments, customizer);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        wait = new WebDriverWait(driver, TIMEOUT);
        Files.createDirectories(SCREENSHOTS);
    }

    private WebDriver startChromium(File chromium, File chromedriver, List<String> extraArguments,
            Consumer<ChromeOptions> customizer) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-sync"));
        arguments.addAll(extraArguments);
        arguments.add("--window-size=1280,1000");
        arguments.add("--user-data-dir=" + profileDirectory.toAbsolutePath());
        options.addArguments(arguments);
        customizer.accept(options);
        // An explicit driver executable keeps Selenium Manager from looking for (or downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static BrowserSession open(int port, MessageSource messages, String failureName) throws IOException {
        return new BrowserSession(port, messages, failureName, List.of(), options -> { });
    }

    static BrowserSession open(int port, MessageSource messages, String failureName, List<String> extraArguments,
            Consumer<ChromeOptions> customizer) throws IOException {
        return new BrowserSession(port, messages, failureName, extraArguments, customizer);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() throws IOException {
        try (Stream<Path> files = Files.walk(profileDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    WebDriver driver() {
        return driver;
    }

    List<String> visitedUrls() {
        return Collections.unmodifiableList(visitedUrls);
    }

    // --- steps and failures ----------------------------------------------------------------------

    void step(String description) {
        step = description;
    }

    /**
     * Saves the failure evidence and returns the error to throw: the failure, with the step and the
     * page where it happened.
     */
    AssertionError failure(Throwable failure) {
        saveFailureEvidence();
        return new AssertionError("Browser flow failed at step '" + step + "' on " + currentUrlOrUnknown() + ": "
                + failure.getMessage(), failure);
    }

    private void saveFailureEvidence() {
        try {
            screenshot(failureName);
            Files.writeString(SCREENSHOTS.resolve(failureName + ".html"), driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            // The original failure matters more than missing evidence.
        }
    }

    private String currentUrlOrUnknown() {
        try {
            return driver.getCurrentUrl();
        } catch (RuntimeException e) {
            return "<unknown page>";
        }
    }

    // --- pages -----------------------------------------------------------------------------------

    void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForDocument();
        recordUrl();
    }

    void submitLogin(String username, String password) {
        WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.id("username")), "#username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        clickToNewPage(By.id("login-submit"));
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    void click(By target) {
        click(waitFor(ExpectedConditions.elementToBeClickable(target), "clickable " + target));
    }

    void click(WebElement element) {
        scrollTo(element);
        waitFor(ExpectedConditions.elementToBeClickable(element), "clickable " + element).click();
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Clicks something that loads a new document and waits until the old one is gone. */
    void clickToNewPage(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        WebElement element = waitFor(ExpectedConditions.presenceOfElementLocated(target), "present " + target);
        click(element);
        waitFor(ExpectedConditions.stalenessOf(oldPage), "a new page after clicking " + target);
        waitForDocument();
        recordUrl();
    }

    void waitForDocument() {
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
                "the page to finish loading");
    }

    /**
     * Waits until the condition holds. While a page is replaced, chromedriver may report an element
     * of the old page as "not belonging to the document" instead of stale; both mean "look again".
     */
    <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
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

    String recordUrl() {
        String url = driver.getCurrentUrl();
        visitedUrls.add(url);
        return url;
    }

    // --- texts -----------------------------------------------------------------------------------

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Waits until the element reads the message; the context is added to the failure message. */
    void assertText(By element, String key, Locale locale, Object[] args, String context) {
        String expected = message(key, locale, args);
        try {
            waitFor(ExpectedConditions.textToBe(element, expected), element + " to read '" + expected + "'");
        } catch (RuntimeException e) {
            fail(element + " should read '" + expected + "' (" + key + ", " + locale + ") but reads '"
                    + textOf(element) + "'" + (context.isEmpty() ? "" : "; " + context), e);
        }
    }

    String textOf(By element) {
        try {
            return driver.findElement(element).getText();
        } catch (NoSuchElementException e) {
            return "<missing>";
        }
    }

    /** Id and text of every element the selector finds, for failure messages and counts. */
    List<String> errorsShown(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getDomAttribute("id") + ": " + e.getText()).toList();
    }

    // --- screenshots -----------------------------------------------------------------------------

    void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    /** A screenshot with the given element at the top of the window. */
    void screenshot(String name, By top) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                driver.findElement(top));
        screenshot(name);
    }

    // --- test data -------------------------------------------------------------------------------

    static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /**
     * A fictional fødselsnummer with the given date of birth ({@code ddMMyy}) and a random individual
     * number below 500 (born 1900–1999).
     */
    static String validNationalId(String birthDate) {
        while (true) {
            String nine = birthDate + String.format("%03d", ThreadLocalRandom.current().nextInt(500));
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

    private static File executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            fail("Browser tests need " + file + " (set " + variable
                    + " to another path, or install Debian's chromium and chromium-driver packages)");
        }
        return file;
    }
}
