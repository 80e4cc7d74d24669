package no.sammen.guideline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The checklist facts of a course, for the recommendation-level indicators (R_CBT,
 * R_FAMILY_PSYCHOEDUCATION, R_IPS; ADR 0024): the first day the recommendation was offered — a
 * registration offered, started or declined (declining needs an offer) — counting only registrations
 * that no later registration of the same recommendation contradicts (a later «not relevant», «not
 * available» or «not yet considered» takes them back). Refreshed whenever a registration is saved.
 */
@Component
class GuidelineCourseFacts implements CourseFactContributor {

    static final Set<String> CBT = Set.of("CBT_PSYCHOSIS");
    static final Set<String> FAMILY_PSYCHOEDUCATION = Set.of("SINGLE_FAMILY_PSYCHOEDUCATION",
            "MULTI_FAMILY_PSYCHOEDUCATION");
    static final Set<String> IPS = Set.of("IPS");

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.date("cbt_offered_on", firstOffered(CBT)),
                CourseFact.date("family_psychoeducation_offered_on", firstOffered(FAMILY_PSYCHOEDUCATION)),
                CourseFact.date("ips_offered_on", firstOffered(IPS)));
    }

    static String firstOffered(Set<String> recommendations) {
        String offered = states(java.util.Arrays.stream(ChecklistState.values()).filter(ChecklistState::offered));
        return "(select min(e.state_on) from guideline_checklist_entry e where e.course_id = course_fact.course_id"
                + " and e.recommendation_id in (" + recommendations.stream().sorted().map(r -> "'" + r + "'")
                        .collect(Collectors.joining(", ")) + ")"
                + " and e.state in (" + offered + ")"
                + " and not exists (select 1 from guideline_checklist_entry l where l.course_id = e.course_id"
                + " and l.recommendation_id = e.recommendation_id and l.sequence > e.sequence"
                + " and l.state not in (" + offered + ")))";
    }

    private static String states(java.util.stream.Stream<ChecklistState> states) {
        return states.map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    @Component
    static class OnSave extends RefreshAfterSave<ChecklistEntry> {

        OnSave(CourseFactService facts) {
            super(facts, GuidelineCourseFacts.class, ChecklistEntry::courseId);
        }
    }
}
