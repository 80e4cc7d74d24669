package no.sammen.guideline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.shared.FormPost;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checklist pages of a course: every recommendation with its state, history and the journal
 * phrase; and one recommendation's page with its history and the form that registers a new state.
 * Forms post and redirect.
 */
@Controller
@RequestMapping("/courses/{courseId}/guideline-checklist")
class ChecklistController {

    private final ChecklistService checklists;
    private final CourseService courses;
    private final ChecklistPhrases phrases;
    private final Clock clock;

    ChecklistController(ChecklistService checklists, CourseService courses, ChecklistPhrases phrases, Clock clock) {
        this.checklists = checklists;
        this.courses = courses;
        this.phrases = phrases;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable UUID courseId, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        CourseView course = courses.readable(courseId);
        ChecklistView checklist = checklists.read(courseId);
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        model.addAttribute("course", course);
        model.addAttribute("checklist", checklist);
        model.addAttribute("phrase", phrases.phrase(checklist, chosen));
        model.addAttribute("standard", chosen);
        model.addAttribute("standards", WrittenStandard.values());
        return "guideline/checklist";
    }

    @GetMapping("/{recommendationId}")
    String item(@PathVariable UUID courseId, @PathVariable String recommendationId, Model model) {
        ChecklistItem item = checklists.read(courseId, recommendationId);
        ChecklistForm form = new ChecklistForm();
        form.setState(item.state());
        form.setOn(LocalDate.now(clock));
        form.setVersion(item.version());
        model.addAttribute("form", form);
        return itemPage(courseId, item, model);
    }

    @PostMapping("/{recommendationId}")
    String register(@PathVariable UUID courseId, @PathVariable String recommendationId,
            @ModelAttribute("form") ChecklistForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            checklists.register(courseId, recommendationId, form.getVersion(), form.registration());
            return FormPost.redirect("/courses/" + courseId + "/guideline-checklist", "guideline.checklist.saved");
        }, () -> itemPage(courseId, checklists.read(courseId, recommendationId), model));
    }

    private String itemPage(UUID courseId, ChecklistItem item, Model model) {
        model.addAttribute("course", courses.readable(courseId));
        model.addAttribute("item", item);
        model.addAttribute("formAction", "/courses/" + courseId + "/guideline-checklist/"
                + item.recommendation().id());
        return "guideline/item";
    }
}
