package no.sammen.report;

import java.util.Locale;
import java.util.UUID;

import no.sammen.indicator.MetFilter;
import no.sammen.security.CurrentUserService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The courses behind one number of the unit report. */
@Controller
class CourseDrillDownController {

    private final CourseDrillDownService drillDowns;
    private final CurrentUserService users;

    CourseDrillDownController(CourseDrillDownService drillDowns, CurrentUserService users) {
        this.drillDowns = drillDowns;
        this.users = users;
    }

    /** {@code period}: {@code 2026-10}, {@code 2026-Q4} or {@code 2026}; {@code filter}: ALL, MET or NOT_MET. */
    @GetMapping("/reports/units/{unitId}/indicators/{indicatorId}/courses")
    String courses(@PathVariable UUID unitId, @PathVariable String indicatorId,
            @RequestParam(required = false) String period, @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("drill", drillDowns.drillDown(users.current(), unitId, indicatorId, period, filter, page,
                locale));
        model.addAttribute("filters", MetFilter.values());
        return "report/courses";
    }
}
