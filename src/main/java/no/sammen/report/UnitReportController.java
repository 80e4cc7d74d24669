package no.sammen.report;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.report.UnitReportService.UnitReport;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of units one may report on, and the unit report as a page and as a PDF. */
@Controller
class UnitReportController {

    private final UnitReportService reports;
    private final CurrentUserService users;
    private final UnitReportPdf pdf;
    private final SummaryService summaries;

    UnitReportController(UnitReportService reports, CurrentUserService users, UnitReportPdf pdf,
            SummaryService summaries) {
        this.reports = reports;
        this.users = users;
        this.pdf = pdf;
        this.summaries = summaries;
    }

    /**
     * Rapporter: the summary of one unit, clinic or the region ({@code scope}, by default the
     * viewer's first unit, or the region for one without units), and the units one may report on.
     */
    @GetMapping("/reports")
    String units(@RequestParam(name = "scope", required = false) String scope, Model model, Locale locale) {
        CurrentUser user = users.current();
        String chosen = scope == null || scope.isBlank() ? null : scope;
        model.addAttribute("units", reports.visibleUnits(user));
        model.addAttribute("mayCompare", ComparisonService.mayCompare(user));
        List<SummaryService.Scope> scopes = summaries.scopes(user, locale);
        model.addAttribute("scopes", scopes);
        model.addAttribute("summary", summaries.summary(user, chosen, locale));
        model.addAttribute("chosenScope", chosen != null ? chosen
                : scopes.stream().findFirst().map(SummaryService.Scope::key).orElse(""));
        return "report/units";
    }

    /**
     * {@code chart=p} shows P charts; anything else the run chart. {@code grain=month|quarter} reads the
     * report by month or by quarter; anything else the grain the data chooses (ADR 0020).
     */
    @GetMapping("/reports/units/{unitId}")
    String unit(@PathVariable UUID unitId, @RequestParam(name = "chart", required = false) String chart,
            @RequestParam(name = "grain", required = false) String grain, Model model, Locale locale) {
        CurrentUser user = users.current();
        UnitReport report = reports.report(user, unitId, kind(chart), ReportGrain.parse(grain), locale);
        model.addAttribute("report", report);
        model.addAttribute("notes", reports.notes(report));
        model.addAttribute("catalogVersion", reports.catalogVersion());
        return "report/unit";
    }

    /**
     * The same report as a PDF download, with the same access rule, the same suppression and the same
     * grain as the page it was asked from (its link carries {@code chart} and {@code grain}); in the
     * language asked for ({@code lang=nb|nn|en}, e.g. for a colleague), which leaves the user's own
     * choice of language as it was.
     */
    @GetMapping("/reports/units/{unitId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID unitId, @RequestParam(name = "chart", required = false) String chart,
            @RequestParam(name = "grain", required = false) String grain,
            @RequestParam(name = "lang", required = false) String lang, Locale userLocale) {
        Locale locale = switch (lang == null ? "" : lang) {
            case "nb" -> Locale.forLanguageTag("nb");
            case "nn" -> Locale.forLanguageTag("nn");
            case "en" -> Locale.ENGLISH;
            default -> userLocale;
        };
        CurrentUser user = users.current();
        UnitReport report = reports.report(user, unitId, kind(chart), ReportGrain.parse(grain), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(UnitReportPdf.filename(report)).build().toString())
                .body(pdf.render(report, user.displayName(), locale));
    }

    private static String kind(String chart) {
        return "p".equals(chart) ? "p" : "run";
    }
}
