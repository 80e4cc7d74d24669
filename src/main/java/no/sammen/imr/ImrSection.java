package no.sammen.imr;

import java.util.Map;

import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/** IMR on the course page: the IMR course with its current module and next session, or none yet. */
@Component
class ImrSection implements CourseSection {

    private final ImrService imr;

    ImrSection(ImrService imr) {
        this.imr = imr;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "imr/section";
    }

    @Override
    public String fragment() {
        return "imr";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        ImrService.Overview overview = imr.section(course.id());
        return Map.of("courseId", course.id(), "overview", overview, "curriculum", imr.curriculum());
    }
}
