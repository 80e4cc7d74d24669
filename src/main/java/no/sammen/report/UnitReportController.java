package no.sammen.report;

import java.util.Locale;
import java.util.UUID;

import no.sammen.security.CurrentUserService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of units one may report on, and the unit report. */
@Controller
class UnitReportController {

    private final UnitReportService reports;
    private final CurrentUserService users;

    UnitReportController(UnitReportService reports, CurrentUserService users) {
        this.reports = reports;
        this.users = users;
    }

    @GetMapping("/reports")
    String units(Model model) {
        model.addAttribute("units", reports.visibleUnits(users.current()));
        model.addAttribute("mayCompare", ComparisonService.mayCompare(users.current()));
        return "report/units";
    }

    /** {@code chart=p} shows P charts; anything else the run chart. */
    @GetMapping("/reports/units/{unitId}")
    String unit(@PathVariable UUID unitId, @RequestParam(name = "chart", required = false) String chart,
            Model model, Locale locale) {
        String kind = "p".equals(chart) ? "p" : "run";
        model.addAttribute("report", reports.report(users.current(), unitId, kind, locale));
        return "report/unit";
    }
}
