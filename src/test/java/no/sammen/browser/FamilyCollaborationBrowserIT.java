package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.NYNORSK;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorFixture;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clinician's day with one course in a real browser: register the course, draw the network map
 * (a mother who is the closest relative, and a GP), register the first contact with relatives,
 * hold the three basic conversations through the guide, make a crisis plan, register a network
 * meeting that was not held and why, see the course worklist turn complete, copy a journal
 * phrase, and follow a number of the unit report to the courses behind it.
 *
 * <p>Everything is done with clicks and typing in the pages, as in
 * {@link CourseRegistrationBrowserIT}: Debian's Chromium and chromedriver through
 * {@link BrowserSession}, expected texts from the application's own message bundles, "today" from
 * the application's clock. Screenshots of each step go to
 * {@code target/screenshots/f*.png}.
 */
class FamilyCollaborationBrowserIT extends BrowserTest {

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String MOTHER = "Anne Fjellstad";
    private static final String GP = "Fastlege Hauge, Nattland legekontor";

    /** The rows of family and network collaboration in the course worklist, in their order. */
    private static final List<String> FAMILY_ITEMS = List.of("RELATIVES_CONTACT", "CONVERSATION_PATIENT",
            "CONVERSATION_RELATIVES", "CONVERSATION_BOTH", "CRISIS_PLAN", "NETWORK_MEETING");

    /** Every row of the course worklist, in order: the family items, then the shared decision (K7). */
    private static final List<String> WORK_ITEMS = java.util.stream.Stream.concat(FAMILY_ITEMS.stream(),
            java.util.stream.Stream.of("SHARED_DECISION")).toList();

    @Autowired
    private Clock clock;

    @Autowired
    private CourseFactService courseFacts;

    private String label;

    FamilyCollaborationBrowserIT() {
        super("f-failure");
    }

    @Override
    protected BrowserSession openBrowser(String failureName) throws IOException {
        // A fixed browser language, so that date fields take their digits in a known order. The
        // pages do not follow the browser's language: they start in bokmål.
        return BrowserSession.open(port, messages, failureName, List.of("--lang=en-US"),
                // Let the copy buttons use the clipboard without asking.
                options -> options.setExperimentalOption("prefs", Map.of(
                        "profile.default_content_setting_values.clipboard", 1, "intl.accept_languages", "en-US,en")));
    }

    @Test
    void clinicianDoesWhatTheGuidelineExpectsAndTheWorklistTurnsComplete() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusDays(2);
        LocalDate followUp = today.plusDays(14);
        label = "F.C. 1990 " + BrowserSession.randomLetters(4);
        // Born 30 June 1990: a day after the 28th, which TestData.nationalId never uses, and another birth
        // date than the other browser test's.
        String nationalId = BrowserSession.validNationalId("300690");
        try {
            browser.step("logging in as behandler");
            browser.open("/login");
            browser.submitLogin("behandler", PASSWORD);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")), "#logout after logging in");
            browser.recordUrl();
            grantClipboard();

            browser.step("registering a course in Kronstad sengepost that started two days ago");
            browser.clickToNewPage(By.id("nav-new-course"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-form")), "#course-form");
            browser.type(By.id("nationalId"), nationalId);
            browser.type(By.id("displayLabel"), label);
            selectByTextStart(By.id("unitId"), "Kronstad sengepost");
            typeDate(By.id("startDate"), start);
            browser.type(By.id("diagnosisCode"), "F32.2");
            browser.clickToNewPage(By.id("save-course"));
            browser.waitFor(ExpectedConditions.urlMatches("/courses/[0-9a-f-]{36}$"),
                    "the new course's page; field errors shown: " + fieldErrors());
            String courseUrl = browser.recordUrl();
            assertText(By.id("notice"), "patient.course.registered");
            assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).as("course facts")
                    .contains("Kronstad sengepost", date(start));

            browser.step("a new course has everything still to do, and contact with relatives is due in three days");
            Map<String, String> statuses = worklistStatuses();
            assertThat(statuses.keySet()).as("work items on the course page").containsExactlyElementsOf(WORK_ITEMS);
            assertThat(statuses.values()).as("work item statuses of a new course").containsOnly("DUE");
            assertThat(worklistRow("RELATIVES_CONTACT").getText()).as("relatives contact row")
                    .contains(message("worklist.status.DUE"), date(start.plusDays(3)));
            browser.screenshot("f01-course-registered", By.id("course-worklist"));

            browser.step("the network map: a mother who is the closest relative, and a GP");
            browser.clickToNewPage(By.cssSelector("#family-section #to-network"));
            assertText(By.id("network-heading"), "family.network.title", label);
            addMember("MOTHER", MOTHER, "mobil 912 34 567", true);
            addMember("GP", GP, "55 00 00 00", false);
            WebElement privateMembers = driver.findElement(By.id("private-members"));
            assertThat(privateMembers.getText()).as("#private-members").contains(MOTHER,
                    message("family.relation.MOTHER"), message("family.member.closestRelative.tag"));
            assertThat(driver.findElement(By.id("public-members")).getText()).as("#public-members")
                    .contains(GP, message("family.relation.GP"));
            assertThat(driver.findElements(By.id("no-closest"))).as("#no-closest with a closest relative").isEmpty();
            browser.screenshot("f02-network", By.id("members-heading"));

            browser.step("the first contact with relatives: today, by phone, with the mother");
            browser.clickToNewPage(By.cssSelector(".page-heading #to-contacts"));
            assertThat(driver.findElement(By.id("date")).getDomProperty("value")).as("#date default")
                    .isEqualTo(today.toString());
            assertThat(driver.findElement(By.id("contact-guideline")).getText()).as("#contact-guideline")
                    .contains(date(start.plusDays(3)));
            browser.click(By.cssSelector("input[name=channel][value=PHONE]"));
            tickLabelled(By.id("contact-form"), MOTHER);
            assertThat(driver.findElement(By.id("staffName")).getDomProperty("value")).as("#staffName default")
                    .isNotBlank();
            browser.clickToNewPage(By.id("register-contact"));
            assertText(By.id("notice"), "family.contact.registeredFirst", new Object[0],
                    "field errors shown: " + fieldErrors());
            WebElement contactRow = driver.findElement(By.cssSelector("#contact-list tbody tr"));
            assertThat(contactRow.getText()).as("the contact row").contains(date(today),
                    message("family.contact.firstTag"), message("family.channel.PHONE"), MOTHER);
            assertThat(contactRow.findElement(By.cssSelector("td:nth-child(2)")).getDomAttribute("class"))
                    .as("day of course of a contact within three days").contains("status-done");
            browser.screenshot("f03-first-contact", By.id("contact-list-heading"));

            browser.step("the course page shows the first contact as done in time");
            browser.clickToNewPage(By.id("back-to-course"));
            assertThat(driver.findElement(By.cssSelector("#family-section-contact .status-done")).getText())
                    .as("first contact on the course page")
                    .isEqualTo(message("family.section.contact.DONE", date(today), 2));
            assertThat(worklistStatuses().get("RELATIVES_CONTACT")).as("relatives contact item").isEqualTo("DONE");

            browser.step("the basic conversation with the patient, through the guide");
            holdConversation("PATIENT", List.of("CONFIDENTIALITY", "WARNING_SIGNS", "CRISIS_PLAN", "TREATMENT_OFFER"),
                    List.of(), null, "f04-guide-patient");
            browser.step("the basic conversation with the relatives, through the guide");
            holdConversation("RELATIVES", List.of("RELATIVE_EXPERIENCE", "CONFIDENTIALITY", "WARNING_SIGNS"),
                    List.of(MOTHER), followUp, "f05-guide-relatives");
            browser.step("the basic conversation with the patient and relatives together, through the guide");
            holdConversation("BOTH", List.of("CRISIS_PLAN", "CHILDREN", "FOLLOW_UP"), List.of(MOTHER, GP), null,
                    "f06-guide-both");
            for (String kind : List.of("PATIENT", "RELATIVES", "BOTH")) {
                assertThat(driver.findElement(By.cssSelector("#conversation-status-" + kind + " .status-done")).getText())
                        .as("conversation status " + kind + " on the course page")
                        .isEqualTo(message("conversation.section.heldOnce", date(today)));
            }

            browser.step("a crisis plan with warning signs");
            browser.clickToNewPage(By.id("open-crisis-plan"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("no-plan")), "#no-plan before the plan is made");
            browser.clickToNewPage(By.id("edit-plan"));
            String warningSigns = "Sover dårlig flere netter på rad, trekker seg fra familien, slutter å svare på telefon.";
            browser.type(By.id("warningSigns"), warningSigns);
            browser.type(By.id("patientActions"), "Ringer mor eller posten, går tur, tar kveldsmedisin som avtalt.");
            browser.type(By.id("relativeActions"), "Mor ringer posten og blir hos pasienten til hjelpen er der.");
            tickLabelled(By.id("made-with"), MOTHER);
            assertThat(driver.findElement(By.id("madeOn")).getDomProperty("value")).as("#madeOn default")
                    .isEqualTo(today.toString());
            browser.clickToNewPage(By.id("save-plan"));
            assertText(By.id("notice"), "conversation.crisisPlan.saved", new Object[0],
                    "field errors shown: " + fieldErrors());
            assertThat(driver.findElement(By.cssSelector("#plan-warning-signs .plan-text")).getText())
                    .as("warning signs of the plan").isEqualTo(warningSigns);
            assertThat(driver.findElement(By.id("plan-whom-to-call")).getText()).as("whom to call")
                    .contains("116 117", "113");
            assertThat(driver.findElement(By.id("plan-made-with")).getText()).as("made with").contains(MOTHER);
            assertThat(driver.findElement(By.id("phrase-crisis-plan")).getDomProperty("value")).as("crisis plan phrase")
                    .startsWith(message("conversation.phrase.crisisPlan.made", date(today)));
            browser.screenshot("f07-crisis-plan", By.id("crisis-plan-heading"));
            browser.clickToNewPage(By.id("back-to-course"));
            assertThat(worklistStatuses().get("CRISIS_PLAN")).as("crisis plan item").isEqualTo("DONE");

            browser.step("a network meeting invited but not held, because the network did not come");
            browser.clickToNewPage(By.id("network-meetings-link"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("no-meetings")), "#no-meetings before registering");
            WebElement ifInvited = driver.findElement(By.cssSelector("#meeting-form .if-invited"));
            assertThat(ifInvited.isDisplayed()).as("the invitation part before answering 'invited?'").isFalse();
            browser.click(By.cssSelector("input[name=invited][value=true]"));
            browser.waitFor(ExpectedConditions.visibilityOf(ifInvited), "the invitation part after answering yes");
            assertThat(driver.findElement(By.cssSelector("#meeting-form .if-not-invited")).isDisplayed())
                    .as("the not-invited part after answering yes").isFalse();
            assertThat(driver.findElement(By.id("invitedOn")).getDomProperty("value")).as("#invitedOn default")
                    .isEqualTo(today.toString());
            tickLabelled(By.id("invitees-group"), MOTHER);
            tickLabelled(By.id("invitees-group"), GP);
            browser.click(By.cssSelector("input[name=status][value=NOT_HELD]"));
            WebElement ifNotHeld = driver.findElement(By.cssSelector("#meeting-form .if-not-held"));
            browser.waitFor(ExpectedConditions.visibilityOf(ifNotHeld), "the not-held part after choosing 'not held'");
            assertThat(driver.findElement(By.cssSelector("#meeting-form .if-held")).isDisplayed())
                    .as("the held part when not held").isFalse();
            browser.click(By.cssSelector("input[name=notHeldReason][value=NETWORK_DID_NOT_COME]"));
            browser.type(By.id("notHeldText"), "Verken mor eller fastlegen kom, ny dato avtales.");
            browser.screenshot("f08-network-meeting-form", By.id("new-meeting"));
            browser.clickToNewPage(By.id("save-meeting"));
            assertText(By.id("notice"), "networkmeeting.registered", new Object[0],
                    "field errors shown: " + fieldErrors());
            WebElement meetingRow = driver.findElement(By.cssSelector("#meetings tbody tr"));
            assertThat(meetingRow.getText()).as("the meeting row").contains(message("networkmeeting.status.NOT_HELD"),
                    message("networkmeeting.notHeldReason.NETWORK_DID_NOT_COME"), MOTHER, GP);
            browser.screenshot("f09-network-meetings", By.id("meetings-heading"));

            browser.step("the family collaboration items of the course worklist are complete; the shared decision"
                    + " (the guideline pathway, SharedDecisionBrowserIT) is still due");
            browser.clickToNewPage(By.id("back-to-course"));
            assertThat(browser.recordUrl()).as("the course page").isEqualTo(courseUrl);
            statuses = worklistStatuses();
            assertThat(statuses.keySet()).as("work items on the course page").containsExactlyElementsOf(WORK_ITEMS);
            assertThat(statuses.get("SHARED_DECISION")).as("shared decision item").isEqualTo("DUE");
            statuses.keySet().retainAll(FAMILY_ITEMS);
            assertThat(statuses.values()).as("every family collaboration item done").containsOnly("DONE");
            for (String item : FAMILY_ITEMS) {
                WebElement row = worklistRow(item);
                assertThat(row.findElement(By.cssSelector("td:nth-child(2) span")).getText())
                        .as("status text of " + row.getDomAttribute("data-item"))
                        .isEqualTo(message("worklist.status.DONE"));
                assertThat(row.findElement(By.cssSelector("td:nth-child(4)")).getText())
                        .as("done date of " + row.getDomAttribute("data-item")).isEqualTo(date(today));
            }
            assertThat(driver.findElement(By.id("network-meeting-summary")).getText()).as("network meetings section")
                    .contains(message("networkmeeting.status.NOT_HELD"),
                            message("networkmeeting.notHeldReason.NETWORK_DID_NOT_COME"));
            browser.screenshot("f10-worklist-complete", By.id("course-worklist"));

            browser.step("on the unit worklist, the course has only its shared decision left");
            browser.clickToNewPage(By.id("nav-worklist"));
            List<WebElement> courseRows = driver.findElements(By.xpath(
                    "//table[contains(@class,'worklist-table')]//tr[.//a[normalize-space(.)='" + label + "']]"));
            assertThat(courseRows).as("rows of the course on the unit worklist").hasSize(1);
            assertThat(courseRows.get(0).findElements(By.cssSelector("li[data-item]")))
                    .extracting(item -> item.getDomAttribute("data-item")).as("open items of the course")
                    .containsExactly("SHARED_DECISION");
            driver.navigate().back();
            browser.waitForDocument();
            assertThat(browser.recordUrl()).as("back on the course page").isEqualTo(courseUrl);

            browser.step("copying the journal phrase of the conversation with relatives");
            browser.clickToNewPage(By.id("all-conversations"));
            WebElement relatives = conversationArticle("RELATIVES");
            WebElement phrase = relatives.findElement(By.cssSelector(".phrase textarea"));
            String expected = message("conversation.phrase.kind.RELATIVES") + " ("
                    + message("family.phrase.relation.MOTHER") + ") " + date(today) + ". "
                    + message("conversation.phrase.topics", String.join(", ",
                            message("conversation.phrase.topic.CONFIDENTIALITY"),
                            message("conversation.phrase.topic.RELATIVE_EXPERIENCE"),
                            message("conversation.phrase.topic.WARNING_SIGNS")))
                    + " " + message("conversation.phrase.followUp", date(followUp));
            assertThat(expected).as("expected phrase").startsWith("Basissamtale med pårørende (mor) ");
            assertThat(phrase.getDomProperty("value")).as("the phrase of the conversation with relatives")
                    .isEqualTo(expected).doesNotContain(nationalId);
            WebElement status = relatives.findElement(By.cssSelector(".copy-status"));
            assertThat(status.getText()).as(".copy-status before copying").isEmpty();
            relatives.findElement(By.cssSelector("button.copy")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElement(status, message("phrase.copied")),
                    ".copy-status to read '" + message("phrase.copied") + "'");
            assertThat(status.getText()).as(".copy-status after copying").isEqualTo("Kopiert.");
            assertThat(relatives.findElement(By.cssSelector("button.copy")).getDomAttribute("data-copied-ok"))
                    .as("the copy button's result").isEqualTo("true");
            assertThat(clipboardText()).as("the clipboard after copying (read with the permission granted above)")
                    .isEqualTo(expected);
            browser.scrollTo(relatives);
            browser.screenshot("f11-phrase-copied");

            browser.step("the same phrase in nynorsk");
            browser.clickToNewPage(By.id("standard-NYNORSK"));
            String nynorsk = conversationArticle("RELATIVES").findElement(By.cssSelector(".phrase textarea"))
                    .getDomProperty("value");
            assertThat(message("conversation.phrase.kind.RELATIVES", NYNORSK)).as("nynorsk phrase heading")
                    .isNotEqualTo(message("conversation.phrase.kind.RELATIVES"));
            assertThat(nynorsk).as("the phrase in nynorsk")
                    .startsWith(message("conversation.phrase.kind.RELATIVES", NYNORSK) + " (")
                    .contains(date(today), date(followUp));

            browser.step("the unit report links a month's K1 count to the courses behind it");
            // the unit's earlier months, so that its report has closed windows to count
            new IndicatorFixture(jdbc, courseFacts).history(TestData.unitId(jdbc, "Kronstad sengepost"), today, 3);
            browser.clickToNewPage(By.id("nav-reports"));
            browser.clickToNewPage(By.linkText("Kronstad sengepost"));
            // a unit of a few courses a month opens by quarter (ADR 0020); the month's counts are one click away
            browser.clickToNewPage(By.id("grain-month"));
            List<WebElement> counts = driver.findElements(
                    By.cssSelector("#data-K1 a.drill-link:not([id$='-met'])"));
            assertThat(counts).as("links from K1's denominators to the courses behind them").isNotEmpty();
            WebElement count = counts.get(counts.size() - 1);
            String countId = count.getDomAttribute("id");
            long denominator = Long.parseLong(count.findElement(By.cssSelector("span:not(.visually-hidden)")).getText());
            String month = countId.substring("drill-K1-".length());
            String monthShown = month.substring(5) + "." + month.substring(0, 4);
            assertThat(count.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent"))
                    .as("the link's context for screen readers")
                    .isEqualTo(message("report.drilldown.denominator", "K1", monthShown));
            browser.screenshot("f12-report-links", By.id("indicator-K1"));
            browser.clickToNewPage(By.id(countId));
            assertThat(browser.recordUrl()).as("the drill-down").endsWith("/indicators/K1/courses?period=" + month);
            assertThat(driver.findElement(By.id("courses-heading")).getText()).as("#courses-heading")
                    .contains("K1", monthShown);
            List<WebElement> rows = driver.findElements(By.cssSelector("#drill-courses tbody tr"));
            assertThat((long) rows.size()).as("courses listed for a denominator of " + denominator)
                    .isEqualTo(Math.min(denominator, 50));
            assertThat(rows).allSatisfy(row -> assertThat(row.findElement(By.cssSelector("td:nth-child(4)")).getText())
                    .isIn(message("report.courses.met"), message("report.courses.notMet")));
            assertThat(driver.findElement(By.id("filter-ALL")).getDomAttribute("aria-current")).isEqualTo("page");
            browser.screenshot("f13-drill-down");
            browser.clickToNewPage(By.id("back-to-report"));
            assertThat(driver.findElements(By.id("data-K1"))).as("back on the unit report").hasSize(1);

            browser.step("no national id was ever part of a URL");
            assertThat(browser.visitedUrls()).as("visited URLs").isNotEmpty();
            for (String url : browser.visitedUrls()) {
                assertThat(url).as("visited URL").doesNotContain(nationalId);
                assertThat(url.replaceAll("[^0-9]", "")).as("digits of visited URL " + url).doesNotContain(nationalId);
            }
        } catch (Throwable failure) {
            throw browser.failure(failure);
        }
    }

    // --- steps -----------------------------------------------------------------------------------

    /**
     * Headless Chromium may refuse the asynchronous clipboard; grant it for the application's origin
     * where chromedriver allows it. The copy script falls back to the older copy command anyway.
     */
    private void grantClipboard() {
        for (String permission : List.of("clipboard-write", "clipboard-read")) {
            try {
                ((ChromeDriver) driver).setPermission(permission, "granted");
            } catch (WebDriverException e) {
                // Not every chromedriver knows this permission; the fallback still copies.
            }
        }
    }

    /** The clipboard's text as the page reads it, or why it could not. */
    private String clipboardText() {
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('<clipboard not readable: ' + e + '>'));");
        return String.valueOf(text);
    }

    private void addMember(String relation, String name, String contact, boolean closestRelative) {
        new Select(driver.findElement(By.id("relation"))).selectByValue(relation);
        browser.type(By.id("name"), name);
        browser.type(By.id("contact"), contact);
        WebElement closest = driver.findElement(By.cssSelector("#member-form input[type=checkbox][name=closestRelative]"));
        if (closest.isSelected() != closestRelative) {
            browser.click(closest);
        }
        browser.clickToNewPage(By.id("add-member"));
        assertText(By.id("notice"), "family.member.added", new Object[0], "field errors shown: " + fieldErrors());
    }

    /**
     * From the course page: opens the guide of one kind, ticks the topics under its headings,
     * chooses the participants, saves, checks the registration on the list of conversations and
     * returns to the course page.
     */
    private void holdConversation(String kind, List<String> topics, List<String> participants, LocalDate followUp,
            String screenshotName) {
        browser.clickToNewPage(By.id("open-guide-" + kind));
        assertText(By.id("guide-heading"), "conversation.guide.title", message("conversation.kind." + kind), label);
        assertThat(driver.findElement(By.id("heldOn")).getDomProperty("value")).as("#heldOn default")
                .isEqualTo(LocalDate.now(clock).toString());
        for (String topic : topics) {
            WebElement box = driver.findElement(By.cssSelector("#guide-" + topic + " input[name=topics]"));
            assertThat(box.getDomAttribute("value")).as("the checkbox under the heading of " + topic).isEqualTo(topic);
            browser.click(box);
            assertThat(box.isSelected()).as("topic " + topic + " ticked").isTrue();
        }
        for (String participant : participants) {
            tickLabelled(By.id("participants"), participant);
        }
        browser.type(By.id("note"), "Samtale etter guiden.");
        if (followUp != null) {
            typeDate(By.id("followUpOn"), followUp);
        }
        browser.screenshot(screenshotName + "-topics", By.id("guide-" + topics.get(0)));
        browser.screenshot(screenshotName + "-registration", By.id("participants"));
        browser.clickToNewPage(By.id("save-conversation"));
        assertText(By.id("notice"), "conversation.registered", new Object[0], "field errors shown: " + fieldErrors());
        WebElement article = conversationArticle(kind);
        String registered = article.getText();
        for (String topic : topics) {
            assertThat(registered).as("registered topics of " + kind).contains(message("conversation.topic." + topic));
        }
        List<String> listed = article.findElements(By.cssSelector("dl.facts dd:nth-of-type(3) li")).stream()
                .map(WebElement::getText).toList();
        assertThat(listed).as("topics listed for " + kind).hasSize(topics.size());
        for (String participant : participants) {
            assertThat(registered).as("participants of " + kind).contains(participant);
        }
        browser.clickToNewPage(By.id("back-to-course"));
    }

    /** The one registered conversation of a kind on the list of conversations. */
    private WebElement conversationArticle(String kind) {
        String heading = message("conversation.list.itemHeading", message("conversation.kind." + kind),
                date(LocalDate.now(clock)));
        List<WebElement> articles = driver.findElements(By.cssSelector("article.course-section")).stream()
                .filter(a -> a.findElement(By.tagName("h2")).getText().equals(heading)).toList();
        assertThat(articles).as("conversations headed '" + heading + "'").hasSize(1);
        return articles.get(0);
    }

    /** Statuses of the course worklist by item, in the order of the rows. */
    private Map<String, String> worklistStatuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#course-worklist tbody tr"))) {
            statuses.put(row.getDomAttribute("data-item"), row.getDomAttribute("data-status"));
        }
        return statuses;
    }

    private WebElement worklistRow(String item) {
        return driver.findElement(By.cssSelector("#course-worklist tbody tr[data-item=" + item + "]"));
    }

    /**
     * Types a date into a date field as a user would, digit by digit in the browser's order
     * (month first for en-US), and checks that the field took it.
     */
    private void typeDate(By field, LocalDate date) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(date.format(DateTimeFormatter.ofPattern("MMddyyyy")));
        if (!date.toString().equals(element.getDomProperty("value"))) {
            // A browser with day-first dates.
            element.clear();
            element.sendKeys(date.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
        }
        assertThat(element.getDomProperty("value")).as("the date typed into " + field).isEqualTo(date.toString());
    }

    private void selectByTextStart(By field, String start) {
        Select select = new Select(driver.findElement(field));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starting with '" + start + "' in " + field));
        select.selectByValue(option.getDomAttribute("value"));
    }

    /** Ticks the checkbox whose label, inside the container, mentions the text. */
    private void tickLabelled(By container, String text) {
        List<WebElement> labels = driver.findElement(container).findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().contains(text)).toList();
        assertThat(labels).as("labels mentioning '" + text + "' in " + container).hasSize(1);
        WebElement box = driver.findElement(By.id(labels.get(0).getDomAttribute("for")));
        assertThat(box.getDomAttribute("type")).as("the input labelled '" + text + "'").isEqualTo("checkbox");
        if (!box.isSelected()) {
            browser.click(labels.get(0));
        }
        assertThat(box.isSelected()).as("'" + text + "' ticked in " + container).isTrue();
    }

    private void assertText(By element, String key, Object... args) {
        assertText(element, key, args, "");
    }

    private void assertText(By element, String key, Object[] args, String context) {
        browser.assertText(element, key, BOKMAAL, args, context);
    }

    /** A message in bokmål, the language the pages start in. */
    private String message(String key, Object... args) {
        return message(key, BOKMAAL, args);
    }

    private String message(String key, Locale locale, Object... args) {
        return browser.message(key, locale, args);
    }

    private static String date(LocalDate date) {
        return date.format(NORWEGIAN_DATE);
    }

    private List<String> fieldErrors() {
        return browser.errorsShown(".field-error, .error");
    }
}
