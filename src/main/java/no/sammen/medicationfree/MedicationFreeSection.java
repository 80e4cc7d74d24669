package no.sammen.medicationfree;

import java.util.HashMap;
import java.util.Map;

import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/**
 * «Medikamentfritt behandlingsforløp» on the course page: the pathway, the latest eligibility
 * assessment with the criteria not met, the latest change under compulsory care, and the way to assess.
 */
@Component
class MedicationFreeSection implements CourseSection {

    private final MedicationFreeService service;

    MedicationFreeSection(MedicationFreeService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String template() {
        return "medicationfree/section";
    }

    @Override
    public String fragment() {
        return "medicationFree";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        MedicationFreeService.History history = service.state(course.id());
        Map<String, Object> model = new HashMap<>();
        model.put("courseId", course.id());
        model.put("course", course);
        model.put("latest", history.latest());
        model.put("assessments", history.assessments().size());
        model.put("lastChange", history.changes().isEmpty() ? null
                : history.changes().get(history.changes().size() - 1));
        return model;
    }
}
