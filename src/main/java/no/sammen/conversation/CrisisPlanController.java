package no.sammen.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import no.sammen.registration.CourseRegistrations;
import no.sammen.shared.FormPost;
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

    private final CrisisPlanService service;
    private final ConversationNetwork network;
    private final CourseRegistrations courses;
    private final Clock clock;

    CrisisPlanController(CrisisPlanService service, ConversationNetwork network, CourseRegistrations courses,
            Clock clock) {
        this.service = service;
        this.network = network;
        this.courses = courses;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/crisis-plan")
    String show(@PathVariable UUID id, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        model.addAttribute("course", courses.toRead(id));
        Optional<CrisisPlanView> plan = service.readCrisisPlan(id);
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("phrase", plan.map(p -> service.phrase(p, chosen)).orElse(null));
        model.addAttribute("standard", chosen);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("reviseDue", plan.map(p -> !p.reviseOn().isAfter(LocalDate.now(clock))).orElse(false));
        return "conversation/crisis-plan";
    }

    @GetMapping("/courses/{id}/crisis-plan/edit")
    String edit(@PathVariable UUID id, Model model) {
        courses.toChange(id);
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
        return FormPost.handle(binding, redirect, () -> {
            service.saveCrisisPlan(id, form.getVersion(), form.details());
            return FormPost.redirect("/courses/" + id + "/crisis-plan", "conversation.crisisPlan.saved");
        }, () -> formPage(id, model));
    }

    private String formPage(UUID courseId, Model model) {
        model.addAttribute("course", courses.toChange(courseId));
        model.addAttribute("members", network.forForm(courseId));
        return "conversation/crisis-plan-form";
    }
}
