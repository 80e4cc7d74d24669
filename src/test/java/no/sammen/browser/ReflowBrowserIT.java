package no.sammen.browser;

import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every main page, as each role sees it, at a 320-pixel-wide viewport and at the 640 pixels a
 * 1280-pixel window shows at 200 % zoom: no page may scroll sideways (WCAG 1.4.10, reflow), axe-core
 * finds no accessibility violation on it, no text shows a message argument never filled in ("{0}")
 * or an indicator's internal id ("K2_PATIENT" instead of "K2a"), chart text is at least 11 pixels, and buttons and fields are in the page's typeface. A failure names the page and the element that sticks out.
 *
 * <p>axe-core is read from {@code src/test/resources/axe/axe.min.js} and injected into each page, so
 * nothing is loaded from the network. Screenshots at 320 pixels go to {@code target/screenshots/reflow-*.png}.
 */
class ReflowBrowserIT extends BrowserTest {

    /** The WCAG 2.x A and AA rules; axe's "best practice" rules are advice, not conformance. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -- '
                     + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' '))
                               .join(' | '))))
               .catch(e => done(['axe failed: ' + e]));""";

    /**
     * The element that makes the page scroll sideways: of the elements that end right of the viewport
     * outside any scroll region of their own, the one whose parent still fits and that ends furthest
     * right (or, failing that, any element that ends furthest right). Null when the document does not
     * scroll sideways.
     */
    private static final String OVERFLOW = """
            const root = document.documentElement, width = root.clientWidth;
            if (root.scrollWidth <= width) { return null; }
            const scrolled = el => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                return false; };
            const right = el => el.getBoundingClientRect().right + window.scrollX;
            let culprit = null, furthest = width;
            for (const el of document.body.querySelectorAll('*')) {
              const r = right(el);
              if (r > width + 0.5 && r > furthest && !scrolled(el)
                  && (el.parentElement === document.body || right(el.parentElement) <= width + 0.5)) {
                culprit = el; furthest = r;
              }
            }
            if (culprit == null) {  // e.g. an absolutely positioned element that escapes its scroll region
              for (const el of document.body.querySelectorAll('*')) {
                const r = right(el); if (r > furthest) { culprit = el; furthest = r; }
              }
            }
            const name = culprit == null ? 'not found' : culprit.tagName.toLowerCase() + (culprit.id ? '#' + culprit.id : '')
                + (typeof culprit.className === 'string' && culprit.className.trim() ? '.' + culprit.className.trim().replace(/\\s+/g, '.') : '')
                + ' ending at ' + Math.round(furthest) + ' px: "'
                + (culprit.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '"';
            return 'scrollWidth ' + root.scrollWidth + ' > clientWidth ' + width + '; widest element ' + name;""";

    private String axe;

    ReflowBrowserIT() {
        super("reflow-failure");
    }

    @BeforeEach
    void loadAxe() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("src/test/resources/axe/axe.min.js").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void noMainPageScrollsSidewaysAtNarrowWidthsAndAxeFindsNothing() throws Exception {
        UUID course = TestData.newCourse(port, jdbc, "behandler", "Kronstad sengepost");
        String member = post("behandler", "/api/v1/courses/" + course + "/network/members",
                "{\"relation\": \"MOTHER\", \"name\": \"Anne Fjellstad\", \"closestRelative\": true}");
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");

        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("behandler", List.of("/worklist", "/worklist/stale", "/courses/" + course + "/worklist/close",
                "/courses", "/courses/new", "/courses/" + course,
                "/courses/" + course + "/edit", "/courses/" + course + "/end", "/courses/" + course + "/network",
                "/courses/" + course + "/network/members/" + member,
                "/courses/" + course + "/network/members/" + member + "/consents",
                "/courses/" + course + "/contacts", "/courses/" + course + "/conversations",
                "/courses/" + course + "/conversations/new?kind=PATIENT", "/courses/" + course + "/crisis-plan",
                "/courses/" + course + "/crisis-plan/edit", "/courses/" + course + "/network-meetings",
                "/guideline", "/courses/" + course + "/guideline-checklist",
                "/courses/" + course + "/guideline-checklist/CBT_PSYCHOSIS", "/courses/" + course + "/medication-free",
                "/courses/" + course + "/shared-decisions", "/guideline/offers", "/courses/" + course + "/imr",
                "/courses/" + course + "/imr/course", "/courses/" + course + "/imr/goals/new",
                "/courses/" + course + "/imr/sessions/new", "/courses/" + course + "/imr/referral",
                "/imr/board?unitId=" + unit, "/competence"));
        String koordinator = jdbc.sql("select id from user_account where username = 'koordinator'")
                .query(String.class).single();
        String group = post("koordinator", "/api/v1/groups", """
                {"unitId": "%s", "programme": "PEF", "kind": "MULTI_FAMILY", "name": "Gruppe med et langt navn for smale skjermer",
                 "schedule": "annenhver tirsdag 16–18", "startsOn": "%s", "phase": "JOINING", "status": "RUNNING",
                 "leaderIds": ["%s"], "coLeaders": "Ola Nordmann fra kommunen"}"""
                .formatted(unit, java.time.LocalDate.now().minusDays(5), koordinator));
        addMember(group, course, member);
        String qualification = post("koordinator", "/api/v1/units/" + unit + "/qualifications", """
                {"userId": "%s", "kind": "PEF_GROUP_LEADER", "qualifiedOn": "%s", "validUntil": "%s"}"""
                .formatted(koordinator, java.time.LocalDate.now().minusYears(1), java.time.LocalDate.now().plusYears(2)));
        String supervision = post("koordinator", "/api/v1/units/" + unit + "/supervisions", """
                {"programme": "PEF", "heldOn": "%s", "supervisorName": "Veileder fra regional kompetansetjeneste",
                 "groupId": "%s", "attendeeIds": ["%s"], "note": "Rollespill om problemløsning i flerfamiliegruppen"}"""
                .formatted(java.time.LocalDate.now().minusDays(2), group, koordinator));
        JournalAuditFixture audits = new JournalAuditFixture(port, jdbc);
        java.time.LocalDate month = JournalAuditFixture.someMonth();
        UUID audited = audits.course("Kronstad sengepost", month.plusDays(2), "R.F. 1977");
        UUID round = audits.round("Kronstad sengepost", month, 1);
        pagesByUser.put("koordinator", List.of("/journal-audits", "/journal-audits/rounds/" + round,
                "/journal-audits/rounds/" + round + "/records/" + audited, "/journal-audits/results?unit=" + unit,
                "/pef/units/" + unit, "/pef/units/" + unit + "/recruitment",
                "/groups/new?unitId=" + unit + "&programme=PEF", "/groups/" + group, "/groups/" + group + "/edit",
                "/groups/" + group + "/sessions/new", "/groups/" + group + "/members/" + course,
                "/courses/" + course + "/pef", "/units/" + unit + "/qualifications",
                "/units/" + unit + "/qualifications/new", "/units/" + unit + "/qualifications/" + qualification,
                "/units/" + unit + "/supervisions", "/units/" + unit + "/supervisions/new",
                "/units/" + unit + "/supervisions/" + supervision));
        String survey = post("leder", "/api/v1/units/" + unit + "/surveys/rounds", """
                {"questionnaire": "RELATIVES", "opensOn": "%s", "closesOn": "%s", "codesRequired": true}"""
                .formatted(java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(20)));
        String surveyKey = jdbc.sql("select public_key from survey_round where id = ?").param(UUID.fromString(survey))
                .query(String.class).single();
        pagesByUser.put("leder", List.of("/surveys", "/surveys/rounds/" + survey, "/surveys/rounds/" + survey + "/poster",
                "/surveys/results?unit=" + unit + "&questionnaire=RELATIVES", "/s/" + surveyKey + "?lang=nn",
                "/reports", "/reports/units/" + unit, "/reports/compare",
                "/reports/units/" + unit + "/indicators/K1/courses", "/reports/medication-free",
                "/guideline/checklist-report", "/guideline/checklist-report?pathway=MEDICATION_FREE",
                "/imr/board?unitId=" + unit, "/imr/units/" + unit + "/settings", "/fidelity/units/" + unit,
                "/fidelity/units/" + unit + "?half=" + java.time.LocalDate.now().getYear() + "-"
                        + (java.time.LocalDate.now().getMonthValue() <= 6 ? 1 : 2), "/competence",
                "/competence/units/" + unit, "/competence/staff/" + staffOf(unit),
                "/competence/staff/" + staffOf(unit) + "/items/VR_SIMULATION"));
        pagesByUser.put("analytiker", List.of("/reports/compare?period=YEAR", "/fidelity/units/" + unit));
        pagesByUser.put("admin", List.of("/admin/users", "/admin/users/new", "/admin/units", "/admin/units/new",
                "/admin/organisation", "/admin/audit", "/admin/staff-accounts?unitId=" + unit,
                "/admin/staff-accounts/" + staffOf(unit)));

        List<String> problems = new ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> user : pagesByUser.entrySet()) {
                browser.step("logging in as " + user.getKey());
                browser.driver().manage().deleteAllCookies();
                browser.open("/login");
                browser.submitLogin(user.getKey(), PASSWORD);
                for (String page : user.getValue()) {
                    check(page, problems);
                }
            }
        } catch (RuntimeException | AssertionError e) {
            throw browser.failure(e);
        }
        assertThat(problems).as("pages that scroll sideways or that axe-core faults").isEmpty();
    }

    private void check(String page, List<String> problems) {
        browser.step("loading " + page);
        for (int width : new int[] {320, 640}) {
            viewport(width);
            browser.open(page);
            assertThat(browser.driver().getCurrentUrl()).as("still logged in on " + page).doesNotContain("/login");
            Object placeholder = js().executeScript(
                    "return (document.title + ' ' + document.body.innerText).match(/\\{\\d+\\}/)?.[0] ?? null;");
            if (placeholder != null) {
                problems.add(page + ": a message argument was never filled in: " + placeholder);
            }
            Object internalId = js().executeScript(
                    "return (document.title + ' ' + document.body.innerText).match(/\\bK\\d+_[A-Z]+/)?.[0] ?? null;");
            if (internalId != null) {
                problems.add(page + ": an indicator's internal id instead of its code: " + internalId);
            }
            Object otherFont = js().executeScript("""
                    const body = getComputedStyle(document.body).fontFamily;
                    const other = [...document.querySelectorAll('button, input, select, textarea')]
                        .find(e => getComputedStyle(e).fontFamily !== body);
                    return other ? other.outerHTML.slice(0, 80) + ' in ' + getComputedStyle(other).fontFamily : null;""");
            if (otherFont != null) {
                problems.add(page + ": a control in another typeface than the page: " + otherFont);
            }
            Object smallText = js().executeScript("""
                    for (const svg of document.querySelectorAll('svg[viewBox]')) {
                      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                      for (const text of svg.querySelectorAll('text')) {
                        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
                        if (px < 10.95) { return (svg.id || svg.className.baseVal) + ': "' + text.textContent
                            + '" at ' + px.toFixed(1) + ' px'; }
                      }
                    }
                    return null;""");
            if (smallText != null) {
                problems.add(page + " at " + width + " px: chart text below 11 px: " + smallText);
            }
            Object overflow = js().executeScript(OVERFLOW);
            if (overflow != null) {
                problems.add(page + " at " + width + " px: " + overflow);
            }
            if (width == 320) {
                browser.screenshot("reflow-320" + page
                        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "id")
                        .replaceAll("[^A-Za-z0-9]+", "-"));
                js().executeScript(axe);
                @SuppressWarnings("unchecked")
                List<Object> violations = (List<Object>) js().executeAsyncScript(AXE_RUN);
                violations.forEach(v -> problems.add(page + ": axe " + v));
            }
        }
    }

    /** A viewport of the given width in CSS pixels, as a phone or a zoomed window shows it. */
    private void viewport(int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private String post(String username, String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
        return com.jayway.jsonpath.JsonPath.read(answer.body(), "$.id");
    }

    /** Adds the course, with its member, to the group, as the group's coordinator. */
    private void addMember(String group, UUID course, String member) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/groups/" + group + "/members"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("koordinator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"courseId\": \"" + course + "\", \"joinedOn\": \""
                                + java.time.LocalDate.now() + "\", \"relativeIds\": [\"" + member + "\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("member: " + answer.body()).isEqualTo(200);
    }

    /** The first staff member of the unit, by name. */
    private UUID staffOf(UUID unit) {
        return jdbc.sql("select id from staff where unit_id = ? order by full_name, id limit 1").param(unit)
                .query(UUID.class).single();
    }
}
