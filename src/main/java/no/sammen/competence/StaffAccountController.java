package no.sammen.competence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitView;
import no.sammen.security.AccountDirectory;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page that links a user account to the staff member it belongs to, unit by unit.
 * The link is stored by the organisation, which publishes it to the audit log.
 */
@Controller
class StaffAccountController {

    private final OrganisationService organisation;
    private final AccountDirectory accounts;

    StaffAccountController(OrganisationService organisation, AccountDirectory accounts) {
        this.organisation = organisation;
        this.accounts = accounts;
    }

    @GetMapping("/admin/staff-accounts")
    String list(@RequestParam(required = false) UUID unitId, Model model) {
        List<UnitView> units = organisation.units();
        UUID chosen = unitId != null ? unitId : units.isEmpty() ? null : units.get(0).id();
        model.addAttribute("units", units);
        model.addAttribute("unitId", chosen);
        List<StaffView> staff = chosen == null ? List.of() : organisation.staff(chosen);
        Map<UUID, UUID> linked = organisation.usersOfStaff(staff.stream().map(StaffView::id).toList());
        model.addAttribute("staff", staff);
        Map<UUID, String> names = new java.util.HashMap<>();
        accounts.enabled().forEach(a -> linked.forEach((staffId, userId) -> {
            if (userId.equals(a.id())) {
                names.put(staffId, a.displayName() + " (" + a.username() + ")");
            }
        }));
        model.addAttribute("accountNames", names);
        return "competence/staff-accounts";
    }

    @GetMapping("/admin/staff-accounts/{staffId}")
    String form(@PathVariable UUID staffId, Model model) {
        StaffView staff = organisation.staffMember(staffId).orElseThrow(() -> new NotFoundException("staff"));
        model.addAttribute("staff", staff);
        model.addAttribute("userId", organisation.usersOfStaff(List.of(staffId)).get(staffId));
        model.addAttribute("accounts", accounts.enabled());
        return "competence/staff-account";
    }

    @PostMapping("/admin/staff-accounts/{staffId}")
    String link(@PathVariable UUID staffId, @RequestParam(required = false) UUID userId, RedirectAttributes redirect) {
        StaffView staff = organisation.staffMember(staffId).orElseThrow(() -> new NotFoundException("staff"));
        if (userId != null && !accounts.exists(userId)) {
            throw new InvalidInputException(FieldProblem.of("userId", "competence.accounts.unknown"));
        }
        organisation.linkAccount(staffId, userId);
        redirect.addFlashAttribute("notice", "competence.accounts.saved");
        return "redirect:/admin/staff-accounts?unitId=" + staff.unitId() + "#staff-" + staffId;
    }
}
