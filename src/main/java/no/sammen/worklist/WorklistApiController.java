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

    @Operation(summary = "The unit worklist: one entry per active course with open items (not long stale), "
            + "grouped by urgency (overdue in the last 30 days, due in the next 7 days, overdue earlier, later), "
            + "a page at a time; counts per group, long-stale included")
    @GetMapping("/worklist")
    Worklist units(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) WorkItemType task,
            @RequestParam(required = false) CourseScope courses, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + WorklistQuery.DEFAULT_SIZE) int size) {
        return worklist.worklist(query(unitId, task, courses, page, size));
    }

    @Operation(summary = "The courses with long-stale items (overdue by more than 90 days), a page at a time")
    @GetMapping("/worklist/stale")
    Worklist stale(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) WorkItemType task,
            @RequestParam(required = false) CourseScope courses, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + WorklistQuery.DEFAULT_SIZE) int size) {
        return worklist.stale(query(unitId, task, courses, page, size));
    }

    private WorklistQuery query(UUID unitId, WorkItemType task, CourseScope courses, int page, int size) {
        if (unitId != null && worklist.myUnits().stream().noneMatch(u -> u.id().equals(unitId))) {
            throw new InvalidInputException(FieldProblem.of("unitId", "patient.course.unit.notYours"));
        }
        if (page < 0) {
            throw new InvalidInputException(FieldProblem.of("page", "worklist.api.page.negative"));
        }
        if (size < 1 || size > WorklistQuery.MAX_SIZE) {
            throw new InvalidInputException(FieldProblem.of("size", "worklist.api.size.range", WorklistQuery.MAX_SIZE));
        }
        return new WorklistQuery(unitId, task, courses == CourseScope.MINE, page, size);
    }
}
