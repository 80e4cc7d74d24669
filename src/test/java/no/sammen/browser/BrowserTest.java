package no.sammen.browser;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every real-browser test shares: the application on a random port with the test profile, the
 * {@code browser} tag that only {@code -Pbrowser} runs, and one {@link BrowserSession} per test, opened
 * before it and closed after it.
 *
 * <p>A test gives the file name of its failure evidence (screenshot and page source) to the
 * constructor, and overrides {@link #openBrowser(String)} if Chromium needs more arguments or options.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MessageSource messages;
    @Autowired
    protected JdbcClient jdbc;

    protected BrowserSession browser;
    protected WebDriver driver;

    private final String failureName;

    /**
     * @param failureName file name, without extension, of the screenshot and page source saved when
     *        the flow fails
     */
    protected BrowserTest(String failureName) {
        this.failureName = failureName;
    }

    /** Opens the session; override to start Chromium with more arguments or options. */
    protected BrowserSession openBrowser(String failureName) throws IOException {
        return BrowserSession.open(port, messages, failureName);
    }

    @BeforeEach
    void openBrowserSession() throws IOException {
        browser = openBrowser(failureName);
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowserSession() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** Whether the page is wider than the window, so that a reader must scroll sideways. */
    protected boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }
}
