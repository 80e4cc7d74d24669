package no.sammen.shareddecision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.family.NetworkMemberView;
import no.sammen.family.NetworkService;
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
 * The shared decision pages of a course: the list with journal phrases and the form for a new decision,
 * the edit page, and one decision's history. The forms work without scripts: every field is on the
 * page with a hint, and the server checks everything. Forms post and redirect.
 */
@Controller
@RequestMapping("/courses/{courseId}/shared-decisions")
class SharedDecisionController {

    private final SharedDecisionService decisions;
    private final CourseService courses;
    private final NetworkService network;
    private final DecisionRows rows;
    private final Clock clock;

    SharedDecisionController(SharedDecisionService decisions, CourseService courses, NetworkService network,
            DecisionRows rows, Clock clock) {
        this.decisions = decisions;
        this.courses = courses;
        this.network = network;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable UUID courseId, @RequestParam(required = false) WrittenStandard standard,
            Locale locale, Model model) {
        DecisionForm form = new DecisionForm();
        form.setDecidedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return listPage(courseId, standard, locale, model);
    }

    @PostMapping
    String register(@PathVariable UUID courseId, @ModelAttribute("form") DecisionForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            decisions.register(courseId, form.registration());
            return FormPost.redirect(listPath(courseId), "shareddecision.registered");
        }, () -> listPage(courseId, null, locale, model));
    }

    @GetMapping("/{decisionId}/edit")
    String edit(@PathVariable UUID courseId, @PathVariable UUID decisionId, Model model) {
        CourseView course = courses.changeable(courseId);
        model.addAttribute("form", DecisionForm.of(decisions.read(courseId, decisionId)));
        return editPage(course, decisionId, model);
    }

    @PostMapping("/{decisionId}/edit")
    String change(@PathVariable UUID courseId, @PathVariable UUID decisionId, @ModelAttribute("form") DecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CourseView course = courses.changeable(courseId);
        return FormPost.handle(binding, redirect, () -> {
            decisions.change(courseId, decisionId, form.getVersion(), form.registration());
            return FormPost.redirect(listPath(courseId), "shareddecision.saved");
        }, () -> editPage(course, decisionId, model));
    }

    /** Every saved version of one decision, the latest first. */
    @GetMapping("/{decisionId}/history")
    String history(@PathVariable UUID courseId, @PathVariable UUID decisionId, Locale locale, Model model) {
        CourseView course = courses.readable(courseId);
        List<NetworkMemberView> members = network.members(courseId);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("course", course);
        model.addAttribute("revisions", decisions.history(courseId, decisionId).stream()
                .map(r -> new RevisionRow(r, LocalDateTime.ofInstant(r.recordedAt(), clock.getZone()),
                        rows.row(r.decision(), members, locale, null, today))).toList());
        return "shareddecision/history";
    }

    /** A revision with its row. */
    record RevisionRow(SharedDecisionRevisionView revision, LocalDateTime recordedAt, DecisionRow row) {
    }

    private static String listPath(UUID courseId) {
        return "/courses/" + courseId + "/shared-decisions";
    }

    private String listPage(UUID courseId, WrittenStandard chosen, Locale locale, Model model) {
        CourseView course = courses.readable(courseId);
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        List<NetworkMemberView> members = network.members(courseId);
        model.addAttribute("rows", rows.rows(decisions.read(courseId), members, locale, standard));
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("formAction", listPath(courseId));
        return formModel(course, members, locale, model, "shareddecision/decisions");
    }

    private String editPage(CourseView course, UUID decisionId, Model model) {
        model.addAttribute("decisionId", decisionId);
        model.addAttribute("formAction", listPath(course.id()) + "/" + decisionId + "/edit");
        return formModel(course, network.members(course.id()),
                org.springframework.context.i18n.LocaleContextHolder.getLocale(), model, "shareddecision/edit");
    }

    private String formModel(CourseView course, List<NetworkMemberView> members, Locale locale, Model model,
            String view) {
        model.addAttribute("course", course);
        model.addAttribute("members", members);
        model.addAttribute("questions", DecisionQuestion.values());
        model.addAttribute("aids", DecisionAid.values());
        model.addAttribute("aidLink", DecisionAid.HELSENORGE_PSYCHOSIS_LINK);
        model.addAttribute("catalogOptions", decisions.catalogOptions().stream()
                .map(r -> new CatalogOption(r.id(), r.name(locale), r.evidenceLevel(), r.grade())).toList());
        return view;
    }

    /** A recommendation as a choice of the form. */
    record CatalogOption(String id, String name, String evidenceLevel, String grade) {
    }
}
