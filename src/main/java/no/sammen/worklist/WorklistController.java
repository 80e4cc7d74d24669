package no.sammen.worklist;

import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.shared.FormPost;
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

/**
 * The unit worklist by urgency (ADR 0019): one row per course with its open items, in groups, a page
 * at a time; the long-stale items set apart on a page of their own, where they can be closed with a
 * reason.
 */
@Controller
class WorklistController {

    private final WorklistService worklist;
    private final CourseService courses;

    WorklistController(WorklistService worklist, CourseService courses) {
        this.worklist = worklist;
        this.courses = courses;
    }

    @GetMapping("/worklist")
    String worklist(@RequestParam(required = false) UUID unit, @RequestParam(required = false) WorkItemType task,
            @RequestParam(required = false) CourseScope courses, @RequestParam(defaultValue = "0") int page,
            Model model) {
        WorklistQuery query = query(unit, task, courses, page);
        fill(model, worklist.worklist(query), courses);
        return "worklist/list";
    }

    @GetMapping("/worklist/stale")
    String stale(@RequestParam(required = false) UUID unit, @RequestParam(required = false) WorkItemType task,
            @RequestParam(required = false) CourseScope courses, @RequestParam(defaultValue = "0") int page,
            Model model) {
        WorklistQuery query = query(unit, task, courses, page);
        fill(model, worklist.stale(query), courses);
        return "worklist/stale";
    }

    @GetMapping("/courses/{courseId}/worklist/close")
    String closeForm(@PathVariable UUID courseId, Model model) {
        model.addAttribute("form", new CloseForm());
        return closePage(courseId, model);
    }

    @PostMapping("/courses/{courseId}/worklist/close")
    String close(@PathVariable UUID courseId, @ModelAttribute("form") CloseForm form, BindingResult binding,
            RedirectAttributes flash, Model model) {
        return FormPost.handle(binding, flash, () -> {
            worklist.close(courseId, form.getItems(), form.getReason(), form.getNote());
            return FormPost.redirect("/worklist/stale", "worklist.close.done");
        }, () -> closePage(courseId, model));
    }

    private String closePage(UUID courseId, Model model) {
        List<OpenItem> stale = worklist.staleItems(courseId);
        CourseView course = courses.get(courseId);
        model.addAttribute("course", course);
        model.addAttribute("staleItems", stale);
        model.addAttribute("itemTypes", stale.stream().map(OpenItem::type).toList());
        model.addAttribute("reasons", ClosureReason.values());
        return "worklist/close";
    }

    private WorklistQuery query(UUID unit, WorkItemType task, CourseScope scope, int page) {
        if (unit != null && worklist.myUnits().stream().noneMatch(u -> u.id().equals(unit))) {
            throw new NotFoundException("unit");
        }
        return new WorklistQuery(unit, task, scope == CourseScope.MINE, page, WorklistQuery.DEFAULT_SIZE);
    }

    private void fill(Model model, Worklist list, CourseScope scope) {
        model.addAttribute("worklist", list);
        model.addAttribute("result", list.result());
        model.addAttribute("units", worklist.myUnits());
        model.addAttribute("unit", list.query().unitId());
        model.addAttribute("task", list.query().task());
        model.addAttribute("courses", scope == null ? CourseScope.ALL : scope);
        model.addAttribute("tasks", WorkItemType.values());
        model.addAttribute("scopes", CourseScope.values());
        model.addAttribute("amberDays", worklist.amberDays());
    }
}
