package no.sammen.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

import no.sammen.report.UnitReportService.IndicatorReport;
import no.sammen.report.UnitReportService.Row;
import no.sammen.report.UnitReportService.UnitReport;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The unit report as a PDF. The print template {@code report/unit-pdf} is filled by Thymeleaf from
 * the same {@link UnitReport} as the page, suppression included, and laid out by openhtmltopdf; the
 * charts are the page's SVG, drawn as vector graphics by Batik.
 *
 * <p>One font is embedded, Liberation Sans (SIL Open Font License), which PDFBox ships inside its
 * jar: the PDF then needs no fonts on the machine, and it has every letter a unit or staff name may
 * hold (æ, ø, å, Sámi letters) and the level shapes, which PDF's standard fonts lack. It comes in one
 * weight only, so the print template emphasises by size and colour, not bold.
 *
 * <p>The PDF is tagged (PDF/UA) for screen readers: headings, tables and text in reading order, each
 * chart a figure with its title and description as alternative text.
 *
 * <p>Nothing outside the template is loaded: external resources are refused, SVG scripts are off.
 */
@Component
class UnitReportPdf {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final ITemplateEngine templates;
    private final Clock clock;

    UnitReportPdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
        // openhtmltopdf writes to the console through java.util.logging unless told otherwise.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    /** @param generatedBy the display name of the user who asked for it, printed on every page */
    byte[] render(UnitReport report, String generatedBy, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        Map<String, List<List<Row>>> tables = new LinkedHashMap<>();
        for (IndicatorReport indicator : report.indicators()) {
            if (indicator.svg() != null) {
                charts.put(indicator.definition().id(), ChartSvg.standalone(indicator.svg(), "'" + FONT_FAMILY + "'"));
            }
            tables.put(indicator.definition().id(), halves(indicator.rows()));
        }
        for (UnitReportService.CountReport count : report.counts()) {
            if (count.svg() != null) {
                charts.put(count.definition().id(), ChartSvg.standalone(count.svg(), "'" + FONT_FAMILY + "'"));
            }
            tables.put(count.definition().id(), halves(count.rows()));
        }
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("charts", charts);
        context.setVariable("tables", tables);
        context.setVariable("generatedAt", ZonedDateTime.now(clock).withZoneSameInstant(NORWAY));
        context.setVariable("generatedBy", generatedBy);
        context.setVariable("lang", locale.getLanguage());
        String xhtml = templates.process("report/unit-pdf", context);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(UnitReportPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Sammen");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * {@code sammen-<unit>-<latest month>[-quarters][-p].pdf}: the unit's name in lower-case ASCII letters and
     * digits, so that it works as a file name anywhere; no person is named.
     */
    static String filename(UnitReport report) {
        String unit = Normalizer.normalize(report.unit().name().toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("đ", "d").replace("ŋ", "n").replace("ŧ", "t"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return "sammen-" + (unit.isEmpty() ? "unit" : unit) + "-" + report.latestMonth()
                + (report.grain() == no.sammen.indicator.PeriodType.QUARTER ? "-quarters" : "")
                + ("p".equals(report.chart()) ? "-p" : "") + ".pdf";
    }

    /** The periods in two tables side by side, the older half first, so that a chart and its data share a page. */
    static List<List<Row>> halves(List<Row> rows) {
        int split = (rows.size() + 1) / 2;
        return List.of(rows.subList(0, split), rows.subList(split, rows.size()));
    }

    private static InputStream font() {
        InputStream font = UnitReportPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox no longer ships " + FONT);
        }
        return font;
    }
}
