package no.sammen.report;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.ExportFixture;
import no.sammen.testsupport.TestData;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * K6 where a leader also looks for it (ADR 0032, 0038): the unit report's PDF (its summary line and its card
 * with the C chart and the counts), the comparison of units (a count per part of the organisation, no
 * proportion, with the trend's C chart and variation) and the clinic's summary, whose line leads to that
 * comparison. Sessions are registered through the API at a unit of the test's own clinic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CountIndicatorPlacesIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService courseFacts;

    @Test
    void k6IsInThePdfTheComparisonAndTheClinicSummary() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        String name = "IMR-sted " + UUID.randomUUID();
        UUID unit = fixture.unit(name);
        UUID without = fixture.unit("Uten IMR " + UUID.randomUUID());
        String clinician = fixture.user("CLINICIAN", unit);
        String leader = fixture.user("LEADER", unit, without);
        UUID therapist = jdbc.sql("select id from user_account where username = ?").param(clinician)
                .query(UUID.class).single();
        String body = mvc.perform(json(post("/api/v1/courses"), clinician, """
                        {"nationalId": "%s", "displayLabel": "K.P. 1991", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                        .formatted(TestData.nationalId(), unit, TODAY.minusDays(100))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String course = JsonPath.read(body, "$.course.id");
        mvc.perform(json(put("/api/v1/courses/" + course + "/imr"), clinician, """
                        {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"], "moduleIds": ["PRACTICAL_FACTS"]}"""
                        .formatted(TODAY.minusDays(95), therapist)))
                .andExpect(status().is2xxSuccessful());
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        YearMonth before = last.minusMonths(1);
        for (LocalDate day : new LocalDate[] {before.atDay(5), last.atDay(3), last.atDay(10), last.atDay(17)}) {
            session(clinician, course, therapist, day);
        }

        // The PDF: the summary says "3 økter", the card has the count, its C chart and its table.
        byte[] pdf = mvc.perform(get("/reports/units/" + unit + "/report.pdf?grain=month&chart=p").with(user(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            String label = last.toString().substring(5) + "." + last.getYear();
            // The summary's line: the count and its period, a count without a level, not "x av n (y %)".
            assertThat(text).containsPattern("K6 IMR-økter 3 økter\\s+\\(" + java.util.regex.Pattern.quote(label)
                    + "\\)\\s+Et antall,\\s+uten nivå").doesNotContain("av null");
            // The card: the latest whole month, the note on suppression, the table of counts.
            assertThat(text).contains("Siste hele periode " + label + ": 3 økter")
                    .contains("Antall økter er ikke antall personer").contains("Periode Økter")
                    .contains(label + " 3");
            // Its chart is a figure whose alternative text is the C chart's description.
            assertThat(figureAlternatives(document.getDocumentCatalog().getStructureTreeRoot().getKids()))
                    .anyMatch(alt -> alt.contains("C-diagram") && alt.contains("IMR-økter"));
        }
        String page = page(leader, "/reports/units/" + unit + "?grain=month");
        assertThat(page).contains("id=\"chart-K6-title\"");

        // The comparison of the last month: the unit's count, «not in use» for the other unit, the clinic's sum.
        String compare = page(leader, "/reports/compare?indicator=K6&period=MONTH&at=" + last.atDay(1) + "&clinic="
                + fixture.clinic);
        // No proportion, interval or level anywhere in the table.
        assertThat(section(compare, "class=\"comparison-table count-comparison\"", "</table>"))
                .doesNotContain("%").doesNotContain("level-");
        assertThat(row(compare, unit)).contains(">3</td>").contains("class=\"trend-chart\"").contains("Ikke vurdert (for få perioder med verdi)")
                .doesNotContain("%");
        assertThat(row(compare, without)).contains("Ikke i bruk");
        assertThat(row(compare, fixture.clinic)).contains(">3</td>");

        // The clinic's summary: K6's line leads to that comparison.
        String summary = page(leader, "/reports?scope=clinic:" + fixture.clinic);
        String line = section(summary, "id=\"summary-K6\"", "</tr>");
        assertThat(line).contains("/reports/compare?indicator=K6&amp;clinic=" + fixture.clinic)
                .contains("\u00a0økter");
    }

    /** The alternative texts of the figures in the PDF's structure tree. */
    private static java.util.List<String> figureAlternatives(java.util.List<Object> kids) {
        java.util.List<String> alternatives = new java.util.ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                alternatives.addAll(figureAlternatives(element.getKids()));
            }
        }
        return alternatives;
    }

    private static String row(String page, UUID orgId) {
        return section(page, "id=\"row-" + orgId + "\"", "</tr>");
    }

    private void session(String username, String course, UUID therapist, LocalDate day) throws Exception {
        mvc.perform(json(post("/api/v1/courses/" + course + "/imr/sessions"), username, """
                        {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "PRACTICAL_FACTS",
                         "part": 1, "homeworkChosen": false, "attended": true}""".formatted(day, therapist)))
                .andExpect(status().isCreated());
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username,
            String body) {
        return request.with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
