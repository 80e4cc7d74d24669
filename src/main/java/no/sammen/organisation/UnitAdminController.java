package no.sammen.organisation;

import java.util.List;
import java.util.UUID;

import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's unit pages: the units of each clinic, a new unit, and edit with the unit's staff. */
@Controller
class UnitAdminController {

    private final OrganisationService organisation;

    UnitAdminController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** A clinic with its units, for the grouped list. */
    record ClinicUnits(ClinicView clinic, List<UnitView> units) {
    }

    @GetMapping("/admin/units")
    String list(Model model) {
        List<UnitView> units = organisation.units();
        List<ClinicUnits> clinics = organisation.clinics().stream()
                .map(c -> new ClinicUnits(c, units.stream().filter(u -> u.clinicId().equals(c.id())).toList()))
                .toList();
        model.addAttribute("clinics", clinics);
        model.addAttribute("unitCount", units.size());
        return "organisation/units";
    }

    /** {@code clinicId} preselects the clinic, when the page is opened from the clinic's row. */
    @GetMapping("/admin/units/new")
    String newUnit(@RequestParam(required = false) UUID clinicId, Model model) {
        UnitForm form = new UnitForm();
        form.setClinicId(clinicId);
        model.addAttribute("form", form);
        return formPage(model, null);
    }

    @PostMapping("/admin/units/new")
    String create(@ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(model, null);
        }
        try {
            organisation.createUnit(form.details());
            redirect.addFlashAttribute("notice", "organisation.units.created");
            return "redirect:/admin/units";
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return formPage(model, null);
        }
    }

    @GetMapping("/admin/units/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        UnitView unit = find(id);
        model.addAttribute("form", UnitForm.of(unit));
        return formPage(model, unit);
    }

    @PostMapping("/admin/units/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        UnitView unit = find(id);
        if (binding.hasErrors()) {
            return formPage(model, unit);
        }
        try {
            organisation.updateUnit(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("notice", "organisation.units.saved");
            return "redirect:/admin/units";
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return formPage(model, unit);
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return formPage(model, unit);
        }
    }

    private UnitView find(UUID id) {
        return organisation.unit(id).orElseThrow(() -> new NotFoundException("unit"));
    }

    /** {@code unit} is null for a new unit. */
    private String formPage(Model model, UnitView unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("clinics", organisation.clinics());
        model.addAttribute("types", UnitType.values());
        model.addAttribute("staff", unit == null ? List.of() : organisation.staff(unit.id()));
        return "organisation/unit-form";
    }
}
