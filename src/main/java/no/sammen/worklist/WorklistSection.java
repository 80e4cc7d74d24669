package no.sammen.worklist;

import java.util.Map;

import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/** The course's worklist, at the top of the course page. */
@Component
class WorklistSection implements CourseSection {

    private final WorklistService worklist;

    WorklistSection(WorklistService worklist) {
        this.worklist = worklist;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "worklist/sections";
    }

    @Override
    public String fragment() {
        return "course";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        return Map.of("items", worklist.items(course));
    }
}
