package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import no.sammen.indicator.ExportFixture;
import no.sammen.indicator.IndicatorFixture;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.PeriodType;
import no.sammen.testsupport.TestData;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitReportPdfIT {

    /** #005a87, the colour of the data line and the points in the charts, as a PDF colour operand. */
    private static final String DATA_COLOUR = "0 0.3529 0.5294";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;
    @Autowired
    IndicatorService indicators;
    @Autowired
    Clock clock;

    @Test
    void aLeaderDownloadsTheUnitReportWithTheValuesLevelsAndChartsOfThePage() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        new IndicatorFixture(jdbc, courseFacts).history(unit, LocalDate.now(clock), 24);
        String html = mvc.perform(get("/reports/units/" + unit + "?grain=month").with(user("leder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"download-pdf\"").contains(">Last ned PDF</a>")
                .contains("href=\"/reports/units/" + unit + "/report.pdf?grain=month\"");

        byte[] pdf = mvc.perform(get("/reports/units/" + unit + "/report.pdf?grain=month").with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"sammen-kronstad-sengepost-" + YearMonth.now(clock).minusMonths(1)
                                + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            String leader = jdbc.sql("select display_name from user_account where username = 'leder'")
                    .query(String.class).single();
            assertThat(text).contains("Enhetsrapport: Kronstad sengepost").contains("Diagramtype: Seriediagram")
                    .containsPattern("Laget \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} av " + Pattern.quote(leader))
                    .contains("Side 1 av " + document.getNumberOfPages())
                    .contains("K4 Nettverksmøter: fordeling").doesNotContain("færre enn 5");
            for (IndicatorDefinition definition : indicators.catalog()) {
                assertThat(text).contains(definition.code() + " " + definition.name(java.util.Locale.forLanguageTag("nb")))
                        .contains("Tall bak diagrammet: " + definition.name(java.util.Locale.forLanguageTag("nb")));
            }
            // Every latest value and level the page shows, the PDF shows too.
            List<String> shown = matches(html, "<strong class=\"latest-value\">([^<]+)</strong>");
            shown.addAll(matches(html, "<span class=\"level level-[a-z]+\">([^<]+)</span>"));
            assertThat(shown).hasSizeGreaterThanOrEqualTo(indicators.catalog().size());
            for (String value : shown) {
                assertThat(text).contains(value);
            }
            // One vector chart per indicator with values, drawn with the colours of the page's charts: the course
            // indicators and K9 (the unit has staff; K8 has no audit round here, ADR 0038).
            assertThat(charts(document)).hasSize(indicators.catalog().size() + 1)
                    .allSatisfy(chart -> assertThat(chart).contains(DATA_COLOUR + " SC"));
            // Tagged for screen readers: each chart a figure described in words.
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(figureAlternatives(document)).hasSize(indicators.catalog().size() + 1)
                    .anySatisfy(alt -> assertThat(alt).startsWith("Seriediagram for Pårørende kontaktet innen tre dager, "
                            + "månedlig fra"));
            assertThat(text).contains("Vist per måned, slik du valgte");
            screenshot(document, pdf, "unit-report");
        }
    }

    @Test
    void thePdfIsInTheUsersLanguageAndHasThePChartWhenAskedFor() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        var response = mvc.perform(get("/reports/units/" + unit + "/report.pdf?chart=p&lang=en").with(user("leder")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).endsWith("-p.pdf\"");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(document);
            screenshot(document, response.getContentAsByteArray(), "unit-report-p-chart-en");
            assertThat(text).contains("Unit report: Kronstad sengepost").contains("Chart type: P chart")
                    .contains("Page 1 of ").containsPattern("Generated \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} by ")
                    .doesNotContain("Enhetsrapport");
            for (IndicatorDefinition definition : indicators.catalog()) {
                assertThat(text).contains(definition.name(java.util.Locale.ENGLISH));
            }
            assertThat(charts(document)).hasSize(indicators.catalog().size() + 1);
        }
    }

    @Test
    void anAnalystGetsFewerThanFiveWhereTheDenominatorIsSmallButTheUnitsOwnLeaderGetsTheNumbers()
            throws Exception {
        UUID unit = smallUnit();
        byte[] suppressed = pdf("analytiker", unit);
        try (PDDocument document = Loader.loadPDF(suppressed)) {
            String text = text(document);
            assertThat(text).contains("Dette er ikke din enhet").contains("færre enn 5").doesNotContain("3 av 3");
            // Every month hidden: each indicator says so instead of drawing an empty chart.
            assertThat(charts(document)).isEmpty();
            assertThat(text.split("Alle periodene er skjult|Ingen forløp i perioden", -1))
                    .hasSize(indicators.catalog().size() + indicators.contributedIndicators().size() + 1);
            screenshot(document, suppressed, "unit-report-suppressed");
        }

        UUID leader = jdbc.sql("select id from user_account where username = 'leder'").query(UUID.class).single();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(leader, unit).update();
        try (PDDocument document = Loader.loadPDF(pdf("leder", unit))) {
            String text = text(document);
            assertThat(text).contains("3 av 3 (100 %)").doesNotContain("færre enn 5")
                    .doesNotContain("Dette er ikke din enhet");
        } finally {
            jdbc.sql("delete from user_unit where user_id = ? and unit_id = ?").params(leader, unit).update();
        }
    }

    @Test
    void thePdfFollowsThePagesGrain() throws Exception {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("Kvartalsenhet " + UUID.randomUUID());
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        for (int m = 0; m < 24; m++) {
            fixture.k1Courses(unit, latest.minusMonths(m).atDay(2).toString(), 3, 2);
        }
        String leader = fixture.user("LEADER", unit);

        // Three courses a month: the page opens by quarter, and its PDF link says so.
        String page = mvc.perform(get("/reports/units/" + unit).with(user(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String link = matches(page, "id=\"download-pdf\"[^>]*href=\"([^\"]+)\"").get(0);
        assertThat(link).isEqualTo("/reports/units/" + unit + "/report.pdf?grain=quarter");
        var quarters = mvc.perform(get(link).with(user(leader))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(quarters.getHeader("Content-Disposition")).endsWith("-" + latest + "-quarters.pdf\"");
        String quarter = (PeriodType.QUARTER.startOf(latest.atDay(1)).getMonthValue() + 2) / 3 + ". kvartal "
                + latest.getYear();
        try (PDDocument document = Loader.loadPDF(quarters.getContentAsByteArray())) {
            String text = text(document);
            screenshot(document, quarters.getContentAsByteArray(), "unit-report-quarters");
            assertThat(text).contains("Vist per kvartal").contains(quarter);
            assertThat(figureAlternatives(document)).anySatisfy(alt -> assertThat(alt).contains("kvartalsvis fra"));
        }

        // Switched to months, the page's PDF link and the PDF follow.
        String monthly = mvc.perform(get("/reports/units/" + unit + "?grain=month").with(user(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String monthLink = matches(monthly, "id=\"download-pdf\"[^>]*href=\"([^\"]+)\"").get(0);
        assertThat(monthLink).isEqualTo("/reports/units/" + unit + "/report.pdf?grain=month");
        var months = mvc.perform(get(monthLink).with(user(leader))).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(months.getHeader("Content-Disposition")).endsWith("-" + latest + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(months.getContentAsByteArray())) {
            String text = text(document);
            assertThat(text).contains("Vist per måned, slik du valgte").doesNotContain(quarter)
                    .contains("%02d.%d".formatted(latest.getMonthValue(), latest.getYear()));
            assertThat(figureAlternatives(document)).anySatisfy(alt -> assertThat(alt).contains("månedlig fra"));
        }
    }

    @Test
    void aUserOfAnotherUnitGetsNotFound() throws Exception {
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID voss = TestData.unitId(jdbc, "Voss poliklinikk");
        mvc.perform(get("/reports/units/" + voss + "/report.pdf").with(user("leder")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/reports/units/" + kronstad + "/report.pdf").with(user("behandler2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/units/" + UUID.randomUUID() + "/report.pdf").with(user("analytiker")))
                .andExpect(status().isNotFound());
    }

    private byte[] pdf(String username, UUID unit) throws Exception {
        return mvc.perform(get("/reports/units/" + unit + "/report.pdf").with(user(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The text of every page, with runs of white space as one space. */
    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /** The drawing operators of each form XObject on the pages: Batik draws each SVG chart as one. */
    private static List<String> charts(PDDocument document) throws IOException {
        List<String> charts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    try (var stream = form.getContents()) {
                        charts.add(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return charts;
    }

    /** The alternative texts of the figures in the PDF's structure tree. */
    private static List<String> figureAlternatives(PDDocument document) {
        List<String> alternatives = new ArrayList<>();
        collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alternatives);
        return alternatives;
    }

    private static void collectFigures(List<Object> kids, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigures(element.getKids(), alternatives);
            }
        }
    }

    /** The PDF and its first page as PNG under target/screenshots, to look at. */
    private static void screenshot(PDDocument document, byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                dir.resolve(name + "-page-1.png").toFile());
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&").strip());
        }
        return found;
    }

    /** A unit of its own clinic with three psychosis courses that started on the first of last month. */
    private UUID smallUnit() {
        ExportFixture fixture = new ExportFixture(jdbc, courseFacts);
        UUID unit = fixture.unit("PDF-enhet " + UUID.randomUUID());
        fixture.k1Courses(unit, YearMonth.now(clock).minusMonths(1).atDay(1).toString(), 3, 3);
        return unit;
    }
}
