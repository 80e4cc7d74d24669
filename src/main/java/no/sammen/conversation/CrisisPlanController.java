package no.sammen.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The crisis plan of a course: a printable page, and its form. */
@Controller
class CrisisPlanController {

    /** A plan is looked at again after about three months unless the user says otherwise. */
    private static final int DEFAULT_REVISE_MONTHS = 3;

    private final ConversationService service;
    private final Clock clock;

    CrisisPlanController(ConversationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/crisis-plan")
    String show(@PathVariable UUID id, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        model.addAttribute("course", service.course(id, false));
        Optional<CrisisPlanView> plan = service.readCrisisPlan(id);
        WrittenStandard chosen = standard == null ? WrittenStandard.forLocale(locale) : standard;
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("phrase", plan.map(p -> service.phrase(p, chosen)).orElse(null));
        model.addAttribute("standard", chosen);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("reviseDue", plan.map(p -> !p.reviseOn().isAfter(LocalDate.now(clock))).orElse(false));
        return "conversation/crisis-plan";
    }

    @GetMapping("/courses/{id}/crisis-plan/edit")
    String edit(@PathVariable UUID id, Model model) {
        service.course(id, true);
        CrisisPlanForm form = service.readCrisisPlan(id).map(CrisisPlanForm::of).orElseGet(() -> {
            CrisisPlanForm empty = new CrisisPlanForm();
            empty.setMadeOn(LocalDate.now(clock));
            empty.setReviseOn(LocalDate.now(clock).plusMonths(DEFAULT_REVISE_MONTHS));
            return empty;
        });
        model.addAttribute("form", form);
        return formPage(id, model);
    }

    @PostMapping("/courses/{id}/crisis-plan/edit")
    String save(@PathVariable UUID id, @ModelAttribute("form") CrisisPlanForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(id, model);
        }
        try {
            service.saveCrisisPlan(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("notice", "conversation.crisisPlan.saved");
            return "redirect:/courses/" + id + "/crisis-plan";
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return formPage(id, model);
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return formPage(id, model);
        }
    }

    private String formPage(UUID courseId, Model model) {
        model.addAttribute("course", service.course(courseId, true));
        model.addAttribute("members", service.networkForForm(courseId));
        return "conversation/crisis-plan-form";
    }
}
