package no.sammen.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import no.sammen.organisation.UnitView;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.PageOf;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The course pages: my courses, register, view, edit, end. Forms post and redirect. */
@Controller
class CourseController {

    private final CourseService courses;
    private final CoursePage coursePage;
    private final List<CourseEndReminder> endReminders;
    private final Clock clock;

    CourseController(CourseService courses, CoursePage coursePage, List<CourseEndReminder> endReminders,
            Clock clock) {
        this.courses = courses;
        this.coursePage = coursePage;
        this.endReminders = endReminders;
        this.clock = clock;
    }

    private List<CourseEndReminder.Reminder> reminders(CourseView course) {
        return endReminders.stream().flatMap(r -> r.reminder(course).stream()).toList();
    }

    @GetMapping("/courses")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CourseStatus status,
            @RequestParam(required = false) DiagnosisGroup diagnosis, @RequestParam(required = false) Pathway pathway,
            @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect) {
        if (NationalIdMasking.containsNationalIdLike(q)) {
            withoutNationalId(status, diagnosis, pathway, redirect);
            return "redirect:/courses";
        }
        fillList(q, status, diagnosis, pathway, page, model);
        return "patient/courses";
    }

    /** The filter form asks for the results only, as the user types. */
    @HxRequest
    @GetMapping("/courses")
    ModelAndView listResults(@RequestParam(required = false) String q,
            @RequestParam(required = false) CourseStatus status,
            @RequestParam(required = false) DiagnosisGroup diagnosis, @RequestParam(required = false) Pathway pathway,
            @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect) {
        if (NationalIdMasking.containsNationalIdLike(q)) {
            withoutNationalId(status, diagnosis, pathway, redirect);
            return new ModelAndView(new HtmxRedirectView("/courses"));
        }
        fillList(q, status, diagnosis, pathway, page, model);
        return new ModelAndView("patient/courses :: results");
    }

    /**
     * The search is by display label; a national id typed into it would stay in the address (the
     * browser's history, the server's access log) and be shown back four times on the page. Such a
     * search goes back to the list with the other filters, without the text, and says why.
     */
    private static void withoutNationalId(CourseStatus status, DiagnosisGroup diagnosis,
            Pathway pathway, RedirectAttributes redirect) {
        if (status != null) {
            redirect.addAttribute("status", status);
        }
        if (diagnosis != null) {
            redirect.addAttribute("diagnosis", diagnosis);
        }
        if (pathway != null) {
            redirect.addAttribute("pathway", pathway);
        }
        redirect.addFlashAttribute("notice", "patient.courses.search.nationalIdRemoved");
    }

    private void fillList(String q, CourseStatus status, DiagnosisGroup diagnosis, Pathway pathway, int page,
            Model model) {
        CourseQuery query = new CourseQuery(q, status, diagnosis, pathway, null, page, CourseQuery.DEFAULT_SIZE);
        PageOf<CourseView> result = courses.list(query);
        if (result.pastTheEnd()) {
            query = new CourseQuery(q, status, diagnosis, pathway, null, result.lastPage(), CourseQuery.DEFAULT_SIZE);
            result = courses.list(query);
        }
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("statuses", CourseStatus.values());
        model.addAttribute("groups", DiagnosisGroup.values());
        model.addAttribute("pathways", Pathway.values());
    }

    @GetMapping("/courses/new")
    String newCourse(Model model) {
        CourseForm form = new CourseForm();
        form.setStartDate(LocalDate.now(clock));
        List<UnitView> units = courses.myUnits();
        if (units.size() == 1) {
            form.setUnitId(units.get(0).id());
        }
        form.setResponsibleUserId(courses.actingClinician().orElse(null));
        model.addAttribute("form", form);
        return formPage(model, true);
    }

    @PostMapping("/courses")
    String register(@ModelAttribute("form") CourseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return retypeNationalId(form, model);
        }
        try {
            RegisteredCourse registered = courses.register(
                    new NewCourse(form.getNationalId(), form.getDisplayLabel(), form.details()));
            redirect.addFlashAttribute("notice",
                    registered.existingPatient() ? "patient.course.registeredExisting" : "patient.course.registered");
            return "redirect:/courses/" + registered.course().id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return retypeNationalId(form, model);
        }
    }

    @GetMapping("/courses/{id}")
    String show(@PathVariable UUID id, Model model) {
        CoursePage.Shown shown = coursePage.show(id);
        model.addAttribute("course", shown.course());
        model.addAttribute("sections", shown.sections());
        return "patient/course";
    }

    @GetMapping("/courses/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        CourseView course = courses.get(id);
        model.addAttribute("course", course);
        model.addAttribute("form", CourseForm.of(course));
        return formPage(model, false);
    }

    @PostMapping("/courses/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") CourseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("course", courses.get(id));
        if (binding.hasErrors()) {
            return formPage(model, false);
        }
        try {
            courses.update(id, form.getVersion(), form.details(), form.onCompulsory());
            redirect.addFlashAttribute("notice", "patient.course.saved");
            return "redirect:/courses/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return formPage(model, false);
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return formPage(model, false);
        }
    }

    @GetMapping("/courses/{id}/end")
    String endForm(@PathVariable UUID id, Model model) {
        CourseView course = courses.get(id);
        EndCourseForm form = new EndCourseForm();
        form.setEndDate(course.endDate() != null ? course.endDate() : LocalDate.now(clock));
        form.setEndReason(course.endReason());
        form.setVersion(course.version());
        model.addAttribute("course", course);
        model.addAttribute("form", form);
        model.addAttribute("reminders", reminders(course));
        model.addAttribute("endReasons", CourseEndReason.values());
        return "patient/end";
    }

    @PostMapping("/courses/{id}/end")
    String end(@PathVariable UUID id, @ModelAttribute("form") EndCourseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CourseView course = courses.get(id);
        model.addAttribute("course", course);
        model.addAttribute("reminders", reminders(course));
        model.addAttribute("endReasons", CourseEndReason.values());
        if (binding.hasErrors()) {
            return "patient/end";
        }
        try {
            CourseView ended = courses.end(id, form.getVersion(), form.getEndDate(), form.getEndReason());
            redirect.addFlashAttribute("notice", "patient.course.ended");
            List<CourseEndReminder.Reminder> open = reminders(ended);
            return "redirect:" + (open.isEmpty() ? "/courses/" + id : open.get(0).path());
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return "patient/end";
        } catch (ConcurrentEditException e) {
            binding.reject("validation.concurrentEdit");
            return "patient/end";
        }
    }

    /** A rejected registration shown again: the national id is never sent back, the user types it again. */
    private String retypeNationalId(CourseForm form, Model model) {
        form.setNationalId(null);
        model.addAttribute("retypeNationalId", true);
        return formPage(model, true);
    }

    private String formPage(Model model, boolean registering) {
        model.addAttribute("registering", registering);
        model.addAttribute("units", courses.myUnits());
        model.addAttribute("legalStatuses", LegalStatus.values());
        model.addAttribute("pathways", Pathway.values());
        model.addAttribute("compulsoryAnswers", PathwayOnCompulsory.Answer.values());
        model.addAttribute("clinicians", courses.clinicians());
        return "patient/form";
    }
}
