package no.sammen.worklist;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.patient.CourseService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Worklist", description = "What the guideline expects of each course and when it is due.")
class WorklistApiController {

    private final WorklistService worklist;
    private final CourseService courses;

    WorklistApiController(WorklistService worklist, CourseService courses) {
        this.worklist = worklist;
        this.courses = courses;
    }

    @Operation(summary = "The work items of one course: done, due, overdue or not relevant")
    @GetMapping("/courses/{courseId}/worklist")
    List<WorkItem> course(@PathVariable UUID courseId) {
        return worklist.items(courses.get(courseId));
    }

    @Operation(summary = "The open items of all active courses in your units (or one unit), overdue first")
    @GetMapping("/worklist")
    List<UnitWorkItem> units(@RequestParam(required = false) UUID unitId) {
        if (unitId != null && worklist.myUnits().stream().noneMatch(u -> u.id().equals(unitId))) {
            throw new InvalidInputException(FieldProblem.of("unitId", "patient.course.unit.notYours"));
        }
        List<UnitWorkItem> items = worklist.openItems(unitId);
        worklist.shown(items);
        return items;
    }
}
