package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditEntry;
import no.sammen.audit.AuditFilter;
import no.sammen.audit.AuditService;
import no.sammen.indicator.IndicatorFixture;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The drill-down from the unit report's numbers to the courses behind them, on a unit of its own
 * with courses placed in the report's latest month, so that the numbers are known in advance.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CourseDrillDownIT {

    private static final Pattern COURSE_ROW = Pattern.compile("data-course=\"([0-9a-f-]{36})\" data-met=\"(true|false)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;
    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;

    private IndicatorFixture f;
    private UUID unit;
    private String month;
    private String leader;
    private String clinician;
    private final Map<String, UUID> courses = new java.util.HashMap<>();
    private final Map<String, String> labels = new java.util.HashMap<>();

    /**
     * In the latest closed month: A, B, D and E start (psychosis); A, D and E have their relatives
     * contacted on day 0; E has all three conversations on its first day, while D, which starts on
     * the month's last day, has none and an open 42-day window. F, G (psychosis) and H (not) end: F
     * with a crisis plan and a held network meeting, G with neither, H with a held meeting.
     */
    @BeforeEach
    void unitWithCourses() {
        f = new IndicatorFixture(jdbc, courseFacts);
        unit = f.unit("INPATIENT");
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        month = latest.toString();
        LocalDate first = latest.atDay(1);
        LocalDate last = latest.atEndOfMonth();
        course("A", true, first, null);
        contact("A", first);
        course("B", true, first, null);
        course("D", true, last, null);
        contact("D", last);
        course("E", true, last, null);
        contact("E", last);
        for (String kind : List.of("PATIENT", "RELATIVES", "BOTH")) {
            f.conversation(courses.get("E"), kind, last.toString());
        }
        course("F", true, first.minusMonths(2), first.plusDays(9));
        f.crisisPlan(courses.get("F"), "Sover dårlig", first.toString());
        f.meeting(courses.get("F"), true, null, "HELD", "PATIENT_HOME", null);
        course("G", true, first.minusMonths(2), first.plusDays(10));
        course("H", false, first.minusMonths(1), first.plusDays(11));
        f.meeting(courses.get("H"), true, null, "HELD", "VIDEO", null);
        leader = f.user("LEADER", unit);
        clinician = f.user("CLINICIAN", unit);
    }

    @Test
    void theListsAgreeWithTheUnitReportsNumbers() throws Exception {
        // A unit this small opens by quarter (ADR 0020); its months are one click away.
        String report = page(leader, "/reports/units/" + unit + "?grain=month");
        Map<String, List<String>> expected = Map.of(
                "K1", List.of("A", "B", "D", "E"),
                "K3", List.of("F", "G"),
                "K4B", List.of("F", "G", "H"));
        Map<String, List<String>> expectedMet = Map.of(
                "K1", List.of("A", "D", "E"),
                "K3", List.of("F"),
                "K4B", List.of("F", "H"));
        for (String indicator : List.of("K1", "K2", "K3", "K4B")) {
            long denominator = linkedNumber(report, "drill-" + indicator + "-" + month);
            long numerator = linkedNumber(report, "drill-" + indicator + "-" + month + "-met");
            List<String[]> rows = rows(page(leader, drillDown(indicator)));
            assertThat(rows).as(indicator + ": courses listed").hasSize((int) denominator);
            assertThat(rows.stream().filter(r -> r[1].equals("true")).count()).as(indicator + ": met")
                    .isEqualTo(numerator);
            if (expected.containsKey(indicator)) {
                assertThat(rows.stream().map(r -> r[0]).toList()).as(indicator)
                        .containsExactlyInAnyOrderElementsOf(ids(expected.get(indicator)));
                assertThat(rows.stream().filter(r -> r[1].equals("true")).map(r -> r[0]).toList()).as(indicator)
                        .containsExactlyInAnyOrderElementsOf(ids(expectedMet.get(indicator)));
            }
            List<String[]> met = rows(page(leader, drillDown(indicator) + "&filter=MET"));
            List<String[]> notMet = rows(page(leader, drillDown(indicator) + "&filter=NOT_MET"));
            assertThat(met).as(indicator + " MET").hasSize((int) numerator).allMatch(r -> r[1].equals("true"));
            assertThat(notMet).as(indicator + " NOT_MET").hasSize((int) (denominator - numerator))
                    .allMatch(r -> r[1].equals("false"));
        }
        // K2's 42-day window: D started on the month's last day without conversations and is in
        // neither the count nor the list; E met it on its first day and is in both.
        List<String> k2 = rows(page(leader, drillDown("K2"))).stream().map(r -> r[0]).toList();
        assertThat(k2).contains(id("E").toString()).doesNotContain(id("D").toString());
        assertThat(report.replaceAll("\\s+", " ")).contains("3 av 4 (75 %)");
        // In the first three days of a month, last month is still provisional for K1 and not its latest value.
        if (LocalDate.now(clock).isAfter(YearMonth.parse(month).atEndOfMonth().plusDays(3))) {
            assertThat(report).contains("id=\"drill-latest-K1\"");
        }
    }

    @Test
    void aClinicianOfTheUnitSeesLabelsDatesMetAndLinksToTheCourses() throws Exception {
        String html = page(clinician, drillDown("K3"));
        assertThat(html).contains(labels.get("F"), labels.get("G")).doesNotContain(labels.get("H"))
                .contains("href=\"/courses/" + id("F") + "\"")
                .contains("Oppfylt").contains("Ikke oppfylt")
                .contains(date(YearMonth.parse(month).atDay(10)))
                .contains("id=\"back-to-report\"").contains("href=\"/reports/units/" + unit + "\"")
                .contains("id=\"filter-ALL\"").contains("Alle (2)").contains("Oppfylt (1)").contains("Ikke oppfylt (1)")
                .contains("Oppfylt i 1 av 2 forløp (50 %).")
                .contains("som ble avsluttet i " + label(month));
        mvc.perform(get(drillDown("K3")).with(user(clinician)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        String notMet = page(clinician, drillDown("K3") + "&filter=NOT_MET");
        assertThat(notMet).contains(labels.get("G")).doesNotContain(labels.get("F"));
        assertThat(page(clinician, drillDown("K1"))).contains("fristen på 3 dager")
                .contains("som startet i " + label(month));

        String nynorsk = page(clinician, drillDown("K3") + "&lang=nn");
        assertThat(nynorsk).contains("Ikkje oppfylt").contains("lang=\"nn\"");
        String english = page(clinician, drillDown("K3") + "&lang=en");
        assertThat(english).contains("Not met").contains("the courses behind").contains("lang=\"en\"")
                // The language links keep the period, so that switching language shows the same list.
                .contains("?period=" + month + "&amp;lang=nb");
    }

    @Test
    void aFutureMonthAndAnEmptySelectionShowAnEmptyState() throws Exception {
        String future = page(leader, "/reports/units/" + unit + "/indicators/K1/courses?period="
                + YearMonth.now(clock).plusMonths(3));
        assertThat(future).contains("id=\"no-courses\"").doesNotContain("id=\"drill-courses\"");
        String noneMet = page(leader, drillDown("K3") + "&filter=MET&page=7");
        assertThat(noneMet).contains("id=\"no-courses\"");
        assertThat(page(leader, "/reports/units/" + unit + "/indicators/K4B/courses?period="
                + YearMonth.parse(month).getYear())).as("a year").contains(labels.get("H"));
    }

    @Test
    void othersGetNotFoundWhetherOrNotTheUnitExists() throws Exception {
        String analystMember = f.user("ANALYST", unit);
        String otherLeader = f.user("LEADER", f.unit("INPATIENT"));
        for (String outsider : List.of("analytiker", "leder", "admin", analystMember, otherLeader)) {
            mvc.perform(get(drillDown("K1")).with(user(outsider))).andExpect(status().isNotFound());
            // A bad period does not reveal more than "not found" either.
            mvc.perform(get("/reports/units/" + unit + "/indicators/K1/courses?period=nonsense").with(user(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/reports/units/" + UUID.randomUUID() + "/indicators/K1/courses?period=" + month)
                .with(user(leader))).andExpect(status().isNotFound());
        assertThat(audit.search(new AuditFilter(otherLeader, null, null, null, null, null), 0, 10).total())
                .as("nothing shown, nothing logged").isZero();
    }

    @Test
    void eachViewIsOneAuditEntryAndEachCourseShownIsLoggedAsRead() throws Exception {
        page(leader, drillDown("K4B"));
        List<AuditEntry> views = audit.search(new AuditFilter(leader, null, null,
                CourseDrillDownService.OBJECT_TYPE, null, null), 0, 10).items();
        assertThat(views).hasSize(1);
        AuditEntry view = views.get(0);
        assertThat(view.action()).isEqualTo(AuditAction.LIST);
        assertThat(view.unitId()).isEqualTo(unit);
        assertThat(view.objectId()).isEqualTo("K4B:" + month);
        assertThat(view.patientKey()).isNull();
        assertThat(view.details()).contains("3 courses shown").contains("numerator 2, denominator 3");
        assertThat(view.actorRoles()).isEqualTo("LEADER");

        List<AuditEntry> reads = audit.search(new AuditFilter(leader, null, AuditAction.LIST, "treatment_course",
                null, null), 0, 10).items();
        assertThat(reads).extracting(AuditEntry::objectId)
                .containsExactlyInAnyOrder(id("F").toString(), id("G").toString(), id("H").toString());
        assertThat(reads).allSatisfy(e -> assertThat(e.details()).isEqualTo("indicator drill-down K4B " + month
                + " filter=ALL"));
        assertThat(reads).extracting(AuditEntry::patientKey).doesNotContainNull();

        page(leader, drillDown("K4B") + "&filter=MET");
        assertThat(audit.search(new AuditFilter(leader, null, null, CourseDrillDownService.OBJECT_TYPE, null, null),
                0, 10).total()).as("one more view, one more entry").isEqualTo(2);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBadPeriodIndicatorOrFilterIsABadRequestNamingTheField() throws Exception {
        for (String period : List.of("2026-13", "10.2026", "2026-10-01", "")) {
            String html = badRequest(get("/reports/units/" + unit + "/indicators/K1/courses").param("period", period));
            assertThat(html).as(period).contains("id=\"problem-period\"").contains("Periode: skriv en måned")
                    .doesNotContain("problem-indicatorId").contains("id=\"logout\"");
        }
        assertThat(badRequest(get("/reports/units/" + unit + "/indicators/K1/courses"))).contains("problem-period");
        assertThat(badRequest(get("/reports/units/" + unit + "/indicators/K9/courses").param("period", month)))
                .contains("id=\"problem-indicatorId\"").doesNotContain("problem-period");
        assertThat(badRequest(get(drillDown("K1")).param("filter", "SOME")))
                .contains("id=\"problem-filter\"");
        String english = badRequest(get("/reports/units/" + unit + "/indicators/K1/courses").param("period", "x")
                .param("lang", "en"));
        assertThat(english).contains("Period: write a month as yyyy-mm").contains("Invalid address");
        assertThat(audit.search(new AuditFilter(leader, null, null, CourseDrillDownService.OBJECT_TYPE, null, null),
                0, 10).total()).as("nothing shown, nothing logged").isZero();
    }

    @Test
    void theUnitReportLinksItsNumbersOnlyForThoseWhoMayDrillDown() throws Exception {
        String own = page(leader, "/reports/units/" + unit + "?grain=month");
        assertThat(own).contains("id=\"drill-K3-" + month + "\"")
                .contains("id=\"drill-K3-" + month + "-met\"")
                .contains("href=\"/reports/units/" + unit + "/indicators/K3/courses?period=" + month + "&amp;filter=MET\"")
                .contains("<span class=\"visually-hidden\">, alle forløpene bak K3 for " + label(month) + "</span>");
        String empty = YearMonth.parse(month).minusMonths(UnitReportService.MONTHS - 1).toString();
        assertThat(own).as("no link where the denominator is 0").doesNotContain("id=\"drill-K1-" + empty + "\"");

        for (String viewer : List.of("analytiker", f.user("ANALYST", unit))) {
            String html = page(viewer, "/reports/units/" + unit);
            assertThat(html).as(viewer).doesNotContain("drill-link").doesNotContain("/indicators/");
        }
        f.history(TestData.unitId(jdbc, "Kronstad sengepost"), LocalDate.now(clock), 3);
        String kronstad = page("leder", "/reports/units/" + TestData.unitId(jdbc, "Kronstad sengepost"));
        assertThat(kronstad).contains("drill-link");
        assertThat(page("analytiker", "/reports/units/" + TestData.unitId(jdbc, "Kronstad sengepost")))
                .doesNotContain("drill-link");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void course(String name, boolean psychosis, LocalDate start, LocalDate end) {
        String label = "Drill " + name + " " + UUID.randomUUID().toString().substring(0, 4);
        UUID patient = f.patient(label);
        courses.put(name, f.course(patient, unit, psychosis, start, end));
        labels.put(name, label);
    }

    private void contact(String name, LocalDate day) {
        f.contact(courses.get(name), day.atTime(10, 0).atOffset(ZoneOffset.UTC).toString());
    }

    private UUID id(String name) {
        return courses.get(name);
    }

    private List<String> ids(List<String> names) {
        return names.stream().map(n -> id(n).toString()).toList();
    }

    private String drillDown(String indicator) {
        return "/reports/units/" + unit + "/indicators/" + indicator + "/courses?period=" + month;
    }

    private static String label(String yearMonth) {
        return yearMonth.substring(5) + "." + yearMonth.substring(0, 4);
    }

    private static String date(LocalDate date) {
        return "%02d.%02d.%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The number a drill-down link shows; 0 when there is no link (a numerator of 0 is not linked). */
    private static long linkedNumber(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*><span>(\\d+)</span>").matcher(html);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Course id and met flag of each row of the drill-down table. */
    private static List<String[]> rows(String html) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = COURSE_ROW.matcher(html);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2)});
        }
        return rows;
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String badRequest(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(leader))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
    }
}
