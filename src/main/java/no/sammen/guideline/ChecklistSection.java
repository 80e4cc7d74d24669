package no.sammen.guideline;

import java.util.Map;

import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/** «Anbefalte tiltak» on the course page: the principles as context, each measure with its state. */
@Component
class ChecklistSection implements CourseSection {

    private final ChecklistService checklists;

    ChecklistSection(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String template() {
        return "guideline/section";
    }

    @Override
    public String fragment() {
        return "checklist";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        ChecklistView checklist = checklists.checklist(course.id());
        return Map.of("courseId", course.id(), "checklist", checklist,
                "empty", checklist.items().isEmpty());
    }
}
