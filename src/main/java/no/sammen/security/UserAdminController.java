package no.sammen.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user pages: the list, a new user, and edit. Forms post and redirect. */
@Controller
class UserAdminController {

    private final UserAdminService users;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;

    UserAdminController(UserAdminService users, OrganisationService organisation, CurrentUserService currentUsers) {
        this.users = users;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
    }

    /** The units of one clinic, for the grouped choice of memberships. */
    record ClinicUnits(String clinicName, List<UnitView> units) {
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        return "security/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return formPage(model, null);
    }

    @PostMapping("/admin/users/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(model, null);
        }
        try {
            users.create(form.newUser());
            redirect.addFlashAttribute("notice", "security.users.created");
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return formPage(model, null);
        }
    }

    @GetMapping("/admin/users/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        UserAdminService.EditedUser user = users.get(id);
        model.addAttribute("form", UserForm.of(user));
        return formPage(model, user);
    }

    @PostMapping("/admin/users/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        UserAdminService.EditedUser user = users.get(id);
        // A username is never changed; the page shows it, and a posted one is ignored.
        form.setUsername(user.username());
        if (binding.hasErrors()) {
            return formPage(model, user);
        }
        try {
            users.update(id, form.getVersion(), form.change());
            redirect.addFlashAttribute("notice", "security.users.saved");
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            if (e.problems().stream().anyMatch(UserAdminService::isSelfChangeProblem)) {
                users.recordRefusedSelfChange(id, form.change());
            }
            FormErrors.addTo(binding, e);
            return formPage(model, user);
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return formPage(model, user);
        }
    }

    /** {@code user} is null for a new user. */
    private String formPage(Model model, UserAdminService.EditedUser user) {
        model.addAttribute("user", user);
        model.addAttribute("self", user != null
                && currentUsers.find().map(me -> me.id().equals(user.id())).orElse(false));
        model.addAttribute("roles", Role.values());
        model.addAttribute("clinics", organisation.units().stream()
                .collect(Collectors.groupingBy(UnitView::clinicId, LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(units -> new ClinicUnits(units.get(0).clinicName(), units)).toList());
        model.addAttribute("minPasswordLength", users.minPasswordLength());
        return "security/user-form";
    }
}
