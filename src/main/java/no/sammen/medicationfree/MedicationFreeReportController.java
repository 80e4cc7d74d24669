package no.sammen.medicationfree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The medication-free courses report, linked from the reports page: for leaders, coordinators and
 * analysts, as the comparison of units is. Aggregates only, with small numbers outside the viewer's
 * own units hidden; the year is a query parameter, so that the report can be bookmarked.
 */
@Controller
class MedicationFreeReportController {

    /** The years offered: this one and the nine before it. */
    static final int YEARS = 10;

    private final MedicationFreeReport reports;
    private final CurrentUserService users;
    private final Clock clock;

    MedicationFreeReportController(MedicationFreeReport reports, CurrentUserService users, Clock clock) {
        this.reports = reports;
        this.users = users;
        this.clock = clock;
    }

    static boolean mayRead(CurrentUser user) {
        return user.hasRole(Role.LEADER) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ANALYST);
    }

    @GetMapping("/reports/medication-free")
    String report(@RequestParam(required = false) String year, Model model) {
        CurrentUser user = users.current();
        if (!mayRead(user)) {
            throw new NotFoundException("report");
        }
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - YEARS; y--) {
            years.add(y);
        }
        int chosen = thisYear;
        if (year != null && !year.isBlank()) {
            try {
                int asked = Integer.parseInt(year.strip());
                if (years.contains(asked)) {
                    chosen = asked;
                } else {
                    model.addAttribute("yearError", "medicationfree.report.error.year");
                }
            } catch (NumberFormatException e) {
                model.addAttribute("yearError", "medicationfree.report.error.year");
            }
        }
        model.addAttribute("years", years);
        model.addAttribute("chosenYear", chosen);
        model.addAttribute("report", reports.report(chosen, user.unitIds()));
        return "medicationfree/report";
    }
}
