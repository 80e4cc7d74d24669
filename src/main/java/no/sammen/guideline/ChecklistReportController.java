package no.sammen.guideline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leader's view of the checklists, reached from Rapporter: one recommendation and one year at a
 * time, for those who see reports. Aggregates only, with suppression outside one's own units.
 */
@Controller
class ChecklistReportController {

    private final ChecklistReportService reports;
    private final CurrentUserService users;
    private final Clock clock;

    ChecklistReportController(ChecklistReportService reports, CurrentUserService users, Clock clock) {
        this.reports = reports;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/guideline/checklist-report")
    String report(@RequestParam(name = "recommendation", required = false) String recommendation,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "pathway", required = false) String pathway, Model model) {
        CurrentUser user = users.current();
        if (!(user.hasRole(Role.LEADER) || user.hasRole(Role.ANALYST) || user.hasRole(Role.COORDINATOR)
                || user.hasRole(Role.CLINICIAN))) {
            throw new AccessDeniedException("no access to reports");
        }
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> years = IntStream.rangeClosed(thisYear - 4, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
        int chosenYear = year != null && years.contains(year) ? year : thisYear;
        List<Recommendation> measures = reports.measures();
        Recommendation chosen = measures.stream().filter(r -> r.id().equals(recommendation)).findFirst()
                .orElse(measures.get(0));
        model.addAttribute("measures", measures);
        model.addAttribute("years", years);
        model.addAttribute("year", chosenYear);
        model.addAttribute("recommendation", chosen);
        boolean medicationFree = "MEDICATION_FREE".equals(pathway);
        model.addAttribute("pathway", medicationFree ? "MEDICATION_FREE" : "ALL");
        model.addAttribute("pathways", List.of("ALL", "MEDICATION_FREE"));
        model.addAttribute("rows", reports.report(user, chosen.id(), chosenYear, medicationFree));
        return "guideline/report";
    }
}
