package no.sammen.worklist;

import java.util.UUID;

import no.sammen.patient.CourseService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The unit worklist: what is due across all active courses, overdue first. */
@Controller
class WorklistController {

    private final WorklistService worklist;
    private final CourseService courses;

    WorklistController(WorklistService worklist, CourseService courses) {
        this.worklist = worklist;
        this.courses = courses;
    }

    @GetMapping("/worklist")
    String worklist(@RequestParam(required = false) UUID unit, Model model) {
        model.addAttribute("items", worklist.openItems(unit));
        model.addAttribute("units", worklist.myUnits());
        model.addAttribute("unit", unit);
        return "worklist/list";
    }
}
