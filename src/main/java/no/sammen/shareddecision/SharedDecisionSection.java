package no.sammen.shareddecision;

import java.util.List;
import java.util.Map;

import no.sammen.family.NetworkService;
import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The shared decisions on the course page: each decision with its question, options and decision, the
 * day to revisit it (marked when it has come), and the way to document a new one.
 */
@Component
class SharedDecisionSection implements CourseSection {

    private final SharedDecisionService decisions;
    private final NetworkService network;
    private final DecisionRows rows;

    SharedDecisionSection(SharedDecisionService decisions, NetworkService network, DecisionRows rows) {
        this.decisions = decisions;
        this.network = network;
        this.rows = rows;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String template() {
        return "shareddecision/section";
    }

    @Override
    public String fragment() {
        return "sharedDecisions";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        List<DecisionRow> shown = rows.rows(decisions.decisions(course.id()), network.members(course.id()),
                LocaleContextHolder.getLocale(), null);
        return Map.of("courseId", course.id(), "rows", shown);
    }
}
