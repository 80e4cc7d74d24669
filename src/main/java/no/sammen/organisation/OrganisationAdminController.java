package no.sammen.organisation;

import java.util.UUID;
import java.util.function.Supplier;

import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for health trusts and clinics: the overview of trusts with their
 * clinics, new, edit and delete of each. Forms post and redirect to the overview; a refused form
 * comes back with its errors beside the fields.
 */
@Controller
class OrganisationAdminController {

    private static final String OVERVIEW = "redirect:/admin/organisation";

    private final OrganisationAdminService organisation;

    OrganisationAdminController(OrganisationAdminService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/admin/organisation")
    String overview(Model model) {
        model.addAttribute("trusts", organisation.overview());
        return "organisation/organisation";
    }

    @GetMapping("/admin/trusts/new")
    String newTrust(Model model) {
        model.addAttribute("form", new TrustForm());
        return trustPage(model, null);
    }

    @PostMapping("/admin/trusts/new")
    String createTrust(@ModelAttribute("form") TrustForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return trustPage(model, null);
        }
        try {
            organisation.createTrust(form.getName());
            redirect.addFlashAttribute("notice", "organisation.trusts.created");
            return OVERVIEW;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return trustPage(model, null);
        }
    }

    @GetMapping("/admin/trusts/{id}/edit")
    String editTrust(@PathVariable UUID id, Model model) {
        OrganisationAdminService.EditedTrust trust = organisation.trust(id);
        model.addAttribute("form", TrustForm.of(trust));
        return trustPage(model, trust);
    }

    @PostMapping("/admin/trusts/{id}/edit")
    String updateTrust(@PathVariable UUID id, @ModelAttribute("form") TrustForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        OrganisationAdminService.EditedTrust trust = organisation.trust(id);
        if (binding.hasErrors()) {
            return trustPage(model, trust);
        }
        try {
            organisation.renameTrust(id, form.getVersion(), form.getName());
            redirect.addFlashAttribute("notice", "organisation.trusts.saved");
            return OVERVIEW;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return trustPage(model, trust);
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return trustPage(model, trust);
        }
    }

    @PostMapping("/admin/trusts/{id}/delete")
    String deleteTrust(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        OrganisationAdminService.EditedTrust trust = organisation.trust(id);
        try {
            organisation.deleteTrust(id, version);
            redirect.addFlashAttribute("notice", "organisation.trusts.deleted");
            return OVERVIEW;
        } catch (InvalidInputException | ConcurrentEditException e) {
            TrustForm form = TrustForm.of(trust);
            return refusedDelete(model, form, e, () -> trustPage(model, trust));
        }
    }

    @GetMapping("/admin/clinics/new")
    String newClinic(@RequestParam(required = false) UUID trustId, Model model) {
        ClinicForm form = new ClinicForm();
        form.setTrustId(trustId);
        model.addAttribute("form", form);
        return clinicPage(model, null);
    }

    @PostMapping("/admin/clinics/new")
    String createClinic(@ModelAttribute("form") ClinicForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return clinicPage(model, null);
        }
        try {
            organisation.createClinic(form.getTrustId(), form.getName());
            redirect.addFlashAttribute("notice", "organisation.clinics.created");
            return OVERVIEW;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return clinicPage(model, null);
        }
    }

    @GetMapping("/admin/clinics/{id}/edit")
    String editClinic(@PathVariable UUID id, Model model) {
        OrganisationAdminService.EditedClinic clinic = organisation.clinic(id);
        model.addAttribute("form", ClinicForm.of(clinic));
        return clinicPage(model, clinic);
    }

    @PostMapping("/admin/clinics/{id}/edit")
    String updateClinic(@PathVariable UUID id, @ModelAttribute("form") ClinicForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        OrganisationAdminService.EditedClinic clinic = organisation.clinic(id);
        if (binding.hasErrors()) {
            return clinicPage(model, clinic);
        }
        try {
            organisation.updateClinic(id, form.getVersion(), form.getTrustId(), form.getName());
            redirect.addFlashAttribute("notice", "organisation.clinics.saved");
            return OVERVIEW;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return clinicPage(model, clinic);
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return clinicPage(model, clinic);
        }
    }

    @PostMapping("/admin/clinics/{id}/delete")
    String deleteClinic(@PathVariable UUID id, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        OrganisationAdminService.EditedClinic clinic = organisation.clinic(id);
        try {
            organisation.deleteClinic(id, version);
            redirect.addFlashAttribute("notice", "organisation.clinics.deleted");
            return OVERVIEW;
        } catch (InvalidInputException | ConcurrentEditException e) {
            ClinicForm form = ClinicForm.of(clinic);
            return refusedDelete(model, form, e, () -> clinicPage(model, clinic));
        }
    }

    /** The edit page again, as it was stored, with why the deletion was refused as a form-wide error. */
    private static String refusedDelete(Model model, Object form, RuntimeException refusal,
            Supplier<String> page) {
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        if (refusal instanceof InvalidInputException invalid) {
            FormErrors.addTo(binding, invalid);
        } else {
            binding.reject("validation.concurrentEdit");
        }
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        return page.get();
    }

    /** {@code trust} is null for a new trust. */
    private static String trustPage(Model model, OrganisationAdminService.EditedTrust trust) {
        model.addAttribute("trust", trust);
        return "organisation/trust-form";
    }

    /** {@code clinic} is null for a new clinic. */
    private String clinicPage(Model model, OrganisationAdminService.EditedClinic clinic) {
        model.addAttribute("clinic", clinic);
        model.addAttribute("trusts", organisation.trustChoices());
        return "organisation/clinic-form";
    }
}
