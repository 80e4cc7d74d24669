package no.sammen.imr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.FormPost;
import no.sammen.shared.InvalidInputException;
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
 * The IMR pages of a course: the overview (the IMR course, the user's goals, the sessions with their
 * journal phrases, referrals), and one page per form: the IMR course, a new goal, a goal's new wording
 * with its history, a session, a referral. Every page shows the course and is an audited read; forms
 * post and redirect.
 */
@Controller
@RequestMapping("/courses/{courseId}/imr")
class ImrController {

    private final ImrService imr;
    private final ImrPhrases phrases;
    private final Clock clock;

    ImrController(ImrService imr, ImrPhrases phrases, Clock clock) {
        this.imr = imr;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** A session with its journal phrase. */
    record SessionRow(ImrSessionView session, String phrase) {
    }

    @GetMapping
    String overview(@PathVariable UUID courseId, @RequestParam(required = false) WrittenStandard standard,
            Locale locale, Model model) {
        ImrService.Overview overview = imr.read(courseId);
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        model.addAttribute("rows", overview.sessions().stream()
                .map(s -> new SessionRow(s, phrases.phrase(s, chosen))).toList());
        model.addAttribute("standard", chosen);
        model.addAttribute("standards", WrittenStandard.values());
        return page(overview, model, "imr/course");
    }

    @GetMapping("/course")
    String courseForm(@PathVariable UUID courseId, Model model) {
        ImrService.Overview overview = imr.read(courseId);
        ImrCourseForm form = overview.imrCourse().map(ImrCourseForm::of).orElseGet(() -> {
            ImrCourseForm fresh = new ImrCourseForm();
            fresh.setStartDate(LocalDate.now(clock));
            imr.firstModule(overview.course().unitId()).ifPresent(m -> fresh.getPlaces().put(m.id(), 1));
            return fresh;
        });
        model.addAttribute("form", form);
        return coursePage(overview, model);
    }

    @PostMapping("/course")
    String saveCourse(@PathVariable UUID courseId, @ModelAttribute("form") ImrCourseForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            if (form.samePlaceTwice()) {
                throw new InvalidInputException(FieldProblem.of("moduleIds", "imr.course.moduleIds.samePlace"));
            }
            imr.save(courseId, form.getVersion(), form.registration());
            return FormPost.redirect(path(courseId), "imr.course.saved");
        }, () -> coursePage(imr.read(courseId), model));
    }

    @GetMapping("/goals/new")
    String newGoal(@PathVariable UUID courseId, Model model) {
        ImrGoalForm form = new ImrGoalForm();
        form.setSetOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return goalPage(imr.read(courseId), null, model);
    }

    @PostMapping("/goals/new")
    String registerGoal(@PathVariable UUID courseId, @ModelAttribute("form") ImrGoalForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            imr.registerGoal(courseId, form.registration());
            return FormPost.redirect(path(courseId) + "#goals", "imr.goal.saved");
        }, () -> goalPage(imr.read(courseId), null, model));
    }

    @GetMapping("/goals/{goalId}")
    String goal(@PathVariable UUID courseId, @PathVariable UUID goalId, Model model) {
        model.addAttribute("form", ImrGoalForm.of(imr.readGoal(courseId, goalId)));
        return goalPage(imr.read(courseId), goalId, model);
    }

    @PostMapping("/goals/{goalId}")
    String changeGoal(@PathVariable UUID courseId, @PathVariable UUID goalId, @ModelAttribute("form") ImrGoalForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            imr.changeGoal(courseId, goalId, form.getVersion() == null ? -1 : form.getVersion(), form.registration());
            return FormPost.redirect(path(courseId) + "#goals", "imr.goal.saved");
        }, () -> goalPage(imr.read(courseId), goalId, model));
    }

    @GetMapping("/sessions/new")
    String newSession(@PathVariable UUID courseId, Model model) {
        ImrService.Overview overview = imr.read(courseId);
        ImrSessionForm form = new ImrSessionForm();
        form.setHeldOn(LocalDate.now(clock));
        form.setShift(Shift.DAY);
        overview.imrCourse().ifPresent(c -> {
            form.setTherapistIds(new java.util.ArrayList<>(c.therapists().stream().map(TherapistView::userId).toList()));
            String current = overview.sessions().isEmpty() ? (c.moduleIds().isEmpty() ? null : c.moduleIds().get(0))
                    : overview.sessions().get(0).moduleId();
            form.setModuleId(current);
        });
        model.addAttribute("form", form);
        return sessionPage(overview, null, model);
    }

    @PostMapping("/sessions/new")
    String registerSession(@PathVariable UUID courseId, @ModelAttribute("form") ImrSessionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            imr.registerSession(courseId, form.registration());
            return FormPost.redirect(path(courseId) + "#sessions", "imr.session.saved");
        }, () -> sessionPage(imr.read(courseId), null, model));
    }

    @GetMapping("/sessions/{sessionId}/edit")
    String editSession(@PathVariable UUID courseId, @PathVariable UUID sessionId, Model model) {
        model.addAttribute("form", ImrSessionForm.of(imr.readSession(courseId, sessionId)));
        return sessionPage(imr.read(courseId), sessionId, model);
    }

    @PostMapping("/sessions/{sessionId}/edit")
    String changeSession(@PathVariable UUID courseId, @PathVariable UUID sessionId,
            @ModelAttribute("form") ImrSessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            imr.changeSession(courseId, sessionId, form.getVersion() == null ? -1 : form.getVersion(),
                    form.registration());
            return FormPost.redirect(path(courseId) + "#sessions", "imr.session.changed");
        }, () -> sessionPage(imr.read(courseId), sessionId, model));
    }

    @GetMapping("/sessions/{sessionId}/delete")
    String confirmDelete(@PathVariable UUID courseId, @PathVariable UUID sessionId, Model model) {
        ImrSessionView session = imr.readSession(courseId, sessionId);
        ImrSessionForm form = new ImrSessionForm();
        form.setVersion(session.version());
        model.addAttribute("form", form);
        return deletePage(imr.read(courseId), session, model);
    }

    @PostMapping("/sessions/{sessionId}/delete")
    String deleteSession(@PathVariable UUID courseId, @PathVariable UUID sessionId,
            @ModelAttribute("form") ImrSessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ImrSessionView session = imr.readSession(courseId, sessionId);
        return FormPost.handle(binding, redirect, () -> {
            imr.deleteSession(courseId, sessionId, form.getVersion() == null ? -1 : form.getVersion());
            return FormPost.redirect(path(courseId) + "#sessions", "imr.session.deleted");
        }, () -> deletePage(imr.read(courseId), session, model));
    }

    private String deletePage(ImrService.Overview overview, ImrSessionView session, Model model) {
        model.addAttribute("shownSession", session);
        model.addAttribute("formAction", path(overview.course().id()) + "/sessions/" + session.id() + "/delete");
        return page(overview, model, "imr/session-delete");
    }

    @GetMapping("/referral")
    String newReferral(@PathVariable UUID courseId, Model model) {
        ImrReferralForm form = new ImrReferralForm();
        form.setReferredOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return referralPage(imr.read(courseId), model);
    }

    @PostMapping("/referral")
    String refer(@PathVariable UUID courseId, @ModelAttribute("form") ImrReferralForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            imr.refer(courseId, form.getToUnitId(), form.getReferredOn(), form.getNote());
            return FormPost.redirect(path(courseId) + "#referrals", "imr.referral.saved");
        }, () -> referralPage(imr.read(courseId), model));
    }

    private static String path(UUID courseId) {
        return "/courses/" + courseId + "/imr";
    }

    private String page(ImrService.Overview overview, Model model, String view) {
        model.addAttribute("course", overview.course());
        model.addAttribute("overview", overview);
        model.addAttribute("curriculum", imr.curriculum());
        model.addAttribute("firstModule", imr.firstModule(overview.course().unitId()).orElse(null));
        return view;
    }

    private String coursePage(ImrService.Overview overview, Model model) {
        model.addAttribute("therapists", imr.therapists(overview.course()));
        model.addAttribute("formats", List.of(ImrFormat.values()));
        model.addAttribute("formAction", path(overview.course().id()) + "/course");
        return page(overview, model, "imr/course-form");
    }

    private String goalPage(ImrService.Overview overview, UUID goalId, Model model) {
        model.addAttribute("goalId", goalId);
        model.addAttribute("history", goalId == null ? List.of() : imr.goalHistory(overview.course().id(), goalId));
        model.addAttribute("notes", goalId == null ? List.of() : overview.sessions().stream()
                .flatMap(s -> s.notes().stream().filter(n -> n.goalId().equals(goalId))
                        .map(n -> new Note(s.heldOn(), n.note())))
                .toList());
        model.addAttribute("formAction", path(overview.course().id()) + "/goals/" + (goalId == null ? "new" : goalId));
        return page(overview, model, "imr/goal-form");
    }

    /** The progress noted on a goal at a session. */
    record Note(LocalDate heldOn, String note) {
    }

    private String sessionPage(ImrService.Overview overview, UUID sessionId, Model model) {
        model.addAttribute("therapists", imr.therapists(overview.course()));
        model.addAttribute("shifts", Shift.values());
        model.addAttribute("yesNo", List.of(true, false));
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("formAction", path(overview.course().id()) + "/sessions/"
                + (sessionId == null ? "new" : sessionId + "/edit"));
        return page(overview, model, "imr/session-form");
    }

    private String referralPage(ImrService.Overview overview, Model model) {
        model.addAttribute("units", imr.referralUnits(overview.course()));
        model.addAttribute("formAction", path(overview.course().id()) + "/referral");
        return page(overview, model, "imr/referral-form");
    }
}
