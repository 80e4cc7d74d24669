package no.sammen.medicationfree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
 * The medication-free pathway page of a course: the criteria with the assessment form, the history
 * of assessments and changes, and their journal phrases. A refused pathway shows the form again with
 * each unmet criterion named beside it, and the refused assessment in the history.
 */
@Controller
@RequestMapping("/courses/{courseId}/medication-free")
class MedicationFreeController {

    private final MedicationFreeService service;
    private final MedicationFreePhrases phrases;
    private final Clock clock;

    MedicationFreeController(MedicationFreeService service, MedicationFreePhrases phrases, Clock clock) {
        this.service = service;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** An assessment with its journal phrase. */
    record AssessmentRow(AssessmentView assessment, String phrase) {
    }

    /** A change with its journal phrase. */
    record ChangeRow(PathwayChangeView change, String phrase) {
    }

    @GetMapping
    String page(@PathVariable UUID courseId, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return page(courseId, form, standard, locale, model);
    }

    @PostMapping
    String assess(@PathVariable UUID courseId, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            try {
                service.assess(courseId, form.answers());
            } catch (PathwayRefused e) {
                model.addAttribute("refused", true);
                throw e;
            }
            return FormPost.redirect("/courses/" + courseId + "/medication-free", "medicationfree.chosen");
        }, () -> page(courseId, form, null, locale, model));
    }

    private String page(UUID courseId, AssessmentForm form, WrittenStandard chosen, Locale locale, Model model) {
        MedicationFreeService.History history = service.read(courseId);
        CourseView course = history.course();
        form.setCourseVersion(course.version());
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        List<AssessmentRow> assessments = history.assessments().stream()
                .map(a -> new AssessmentRow(a, phrases.phrase(a, standard))).collect(newestFirst());
        List<ChangeRow> changes = history.changes().stream()
                .map(c -> new ChangeRow(c, phrases.phrase(c, standard))).collect(newestFirst());
        model.addAttribute("course", course);
        model.addAttribute("assessments", assessments);
        model.addAttribute("changes", changes);
        model.addAttribute("latest", history.latest());
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        return "medicationfree/page";
    }

    private static <T> java.util.stream.Collector<T, ?, List<T>> newestFirst() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            java.util.Collections.reverse(list);
            return list;
        });
    }
}
