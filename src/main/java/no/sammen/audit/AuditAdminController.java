package no.sammen.audit;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.PageOf;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the audit log: filter, page through, and verify the chain. Times are
 * shown in Norwegian time; looking at the log is itself written to it.
 */
@Controller
class AuditAdminController {

    static final int PAGE_SIZE = AuditService.DEFAULT_PAGE_SIZE;

    private final AuditService audit;
    private final OrganisationService organisation;
    private final Clock clock;

    AuditAdminController(AuditService audit, OrganisationService organisation, Clock clock) {
        this.audit = audit;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** An entry as the table shows it: local time, role names split, unit by name. */
    record Row(AuditEntry entry, ZonedDateTime time, List<String> roles, String unitName) {
    }

    @GetMapping("/admin/audit")
    String log(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                PageOf<AuditEntry> result = audit.review(filter.toFilter(), filter.getPage(), PAGE_SIZE);
                if (result.pastTheEnd()) {
                    filter.setPage(result.lastPage());
                    result = audit.review(filter.toFilter(), filter.getPage(), PAGE_SIZE);
                }
                if (filter.getUpTo() == null && !result.isEmpty()) {
                    // Later pages show the entries as they were now, however many are written meanwhile.
                    filter.setUpTo(result.items().get(0).seq());
                }
                Map<UUID, String> unitNames = organisation.units().stream()
                        .collect(Collectors.toMap(UnitView::id, UnitView::name));
                model.addAttribute("result", result);
                model.addAttribute("rows", result.items().stream().map(e -> new Row(e,
                        e.occurredAt().atZone(clock.getZone()), roles(e.actorRoles()),
                        e.unitId() == null ? null : unitNames.getOrDefault(e.unitId(), e.unitId().toString())))
                        .toList());
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            }
        }
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("objectTypes", audit.objectTypes());
        return "audit/log";
    }

    @PostMapping("/admin/audit/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", audit.verifyAndRecord());
        return "redirect:/admin/audit";
    }

    @PostMapping("/admin/audit/anchor")
    String anchor(RedirectAttributes redirect) {
        redirect.addFlashAttribute("anchoredPos", audit.anchorNow());
        return "redirect:/admin/audit";
    }

    private static List<String> roles(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
