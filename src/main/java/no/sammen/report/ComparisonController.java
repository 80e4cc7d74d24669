package no.sammen.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.ReportPeriod;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Units side by side for one indicator and period. The choices come as query parameters, so that a
 * comparison can be bookmarked; a choice that is not valid is named beside its field and nothing is
 * compared.
 */
@Controller
class ComparisonController {

    private final ComparisonService comparisons;
    private final IndicatorService indicators;
    private final OrganisationService organisation;
    private final CurrentUserService users;

    ComparisonController(ComparisonService comparisons, IndicatorService indicators, OrganisationService organisation,
            CurrentUserService users) {
        this.comparisons = comparisons;
        this.indicators = indicators;
        this.organisation = organisation;
        this.users = users;
    }

    record Option(String value, String label) {
    }

    @GetMapping("/reports/compare")
    String compare(@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
            @RequestParam(required = false) String at, @RequestParam(required = false) String clinic, Model model,
            Locale locale, HttpServletResponse response) {
        CurrentUser user = users.current();
        if (!ComparisonService.mayCompare(user)) {
            throw new NotFoundException("comparison");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        // The proportions (K8 and K9 among them) and, compared by their counts, the count indicators (ADR 0032, 0038).
        List<IndicatorDefinition> catalog = new ArrayList<>(UnitReportService.proportions(indicators));
        catalog.addAll(indicators.countIndicators());
        String indicatorId = indicator == null || indicator.isBlank() ? catalog.get(0).id() : indicator;
        if (catalog.stream().noneMatch(d -> d.id().equals(indicatorId))) {
            errors.put("indicator", "report.compare.error.indicator");
        }
        PeriodType type = PeriodType.QUARTER;
        if (period != null && !period.isBlank()) {
            try {
                type = PeriodType.valueOf(period);
            } catch (IllegalArgumentException e) {
                errors.put("period", "report.compare.error.period");
            }
        }
        List<LocalDate> offered = comparisons.periodsOffered(type);
        LocalDate start = offered.get(0);
        if (at != null && !at.isBlank()) {
            try {
                LocalDate asked = LocalDate.parse(at);
                LocalDate chosen = type.startOf(asked);
                if (chosen.getYear() < ReportPeriod.FIRST_YEAR) {
                    errors.put("at", "report.compare.error.tooEarly");
                } else if (!chosen.equals(asked) || chosen.isAfter(offered.get(0))) {
                    // A period of another type (as after switching from quarters to years) or one not yet
                    // closed: the latest closed period of the chosen type, and the page says so.
                    model.addAttribute("periodFallback", comparisons.periodText(type, start, locale));
                } else {
                    start = chosen;
                }
            } catch (DateTimeParseException e) {
                errors.put("at", "report.compare.error.at");
            }
        }
        List<ClinicView> clinics = organisation.clinics();
        UUID clinicId = null;
        if (clinic != null && !clinic.isBlank()) {
            try {
                clinicId = UUID.fromString(clinic);
            } catch (IllegalArgumentException e) {
                errors.put("clinic", "report.compare.error.clinic");
            }
            UUID chosen = clinicId;
            if (chosen != null && clinics.stream().noneMatch(c -> c.id().equals(chosen))) {
                errors.put("clinic", "report.compare.error.clinic");
            }
        }

        List<Option> periods = new ArrayList<>();
        for (LocalDate p : offered) {
            periods.add(new Option(p.toString(), comparisons.periodText(type, p, locale)));
        }
        if (!errors.containsKey("at") && !offered.contains(start)) {
            periods.add(new Option(start.toString(), comparisons.periodText(type, start, locale)));
        }
        model.addAttribute("indicators", catalog.stream().map(d -> new Option(d.id(), d.code() + " " + d.name(locale)))
                .toList());
        model.addAttribute("periodTypes", List.of(PeriodType.values()));
        model.addAttribute("periods", periods);
        model.addAttribute("clinics", clinics);
        model.addAttribute("chosenIndicator", indicator == null ? indicatorId : indicator);
        model.addAttribute("chosenPeriod", type.name());
        model.addAttribute("chosenAt", errors.containsKey("at") ? at : start.toString());
        model.addAttribute("chosenClinic", clinic == null ? "" : clinic);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "report/compare";
        }
        if (catalog.stream().anyMatch(d -> d.id().equals(indicatorId) && d.isCount())) {
            model.addAttribute("countComparison", comparisons.compareCount(user, indicatorId, type, start, clinicId,
                    locale));
        } else {
            model.addAttribute("comparison", comparisons.compare(user, indicatorId, type, start, clinicId, locale));
        }
        return "report/compare";
    }
}
