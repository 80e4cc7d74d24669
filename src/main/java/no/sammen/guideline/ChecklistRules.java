package no.sammen.guideline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.sammen.patient.Pathway;
import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;

/**
 * The rules of a checklist registration that need nothing but the recommendation, the registration,
 * the course and whether its unit has the offer. Each problem names its field.
 */
final class ChecklistRules {

    static final int MAX_REASON = 500;

    private ChecklistRules() {
    }

    /**
     * Everything wrong with registering {@code registration} for {@code recommendation} (null: not in
     * the catalog) on a course with this diagnosis, pathway and dates.
     *
     * @param unitHasOffer whether the course's unit has the recommendation's offer (§3)
     */
    static List<FieldProblem> check(Recommendation recommendation, ChecklistRegistration registration,
            boolean psychosis, Pathway pathway, LocalDate courseStart, LocalDate courseEnd, LocalDate today,
            boolean unitHasOffer) {
        List<FieldProblem> problems = new ArrayList<>();
        if (recommendation == null) {
            problems.add(FieldProblem.of("recommendationId", "guideline.checklist.recommendation.unknown"));
            return problems;
        }
        if (recommendation.kind() != RecommendationKind.MEASURE) {
            problems.add(FieldProblem.of("recommendationId", "guideline.checklist.recommendation.principle"));
            return problems;
        }
        if (!recommendation.appliesTo(psychosis, pathway)) {
            problems.add(FieldProblem.of("recommendationId", "guideline.checklist.recommendation.notApplying"));
            return problems;
        }
        if (recommendation.answeredBy() != null) {
            problems.add(FieldProblem.of("recommendationId", "guideline.checklist.recommendation.answeredElsewhere"));
            return problems;
        }
        ChecklistState state = registration.state();
        if (state == null) {
            problems.add(FieldProblem.of("state", "guideline.checklist.state.required"));
            return problems;
        }
        if (state == ChecklistState.NOT_AVAILABLE && (!recommendation.offeredByUnits() || unitHasOffer)) {
            problems.add(FieldProblem.of("state", recommendation.offeredByUnits()
                    ? "guideline.checklist.state.unitHasOffer" : "guideline.checklist.state.notAnOffer"));
        }
        if (state.dated()) {
            CourseDates.doneInCourse(registration.on(), courseStart, courseEnd, today, "on",
                    "guideline.checklist.on.required", problems);
        }
        String reason = state.takesReason() ? FreeText.stripToNull(registration.reason()) : null;
        if (reason == null) {
            if (state.reasonRequired()) {
                problems.add(FieldProblem.of("reason", "guideline.checklist.reason.required"));
            }
        } else {
            FreeText.check(reason, "reason", MAX_REASON, problems);
        }
        return problems;
    }

    /** The registration with only what its state keeps: the day if dated, the reason stripped if taken. */
    static ChecklistRegistration relevant(ChecklistRegistration r) {
        ChecklistState state = r.state();
        return new ChecklistRegistration(state, state != null && state.dated() ? r.on() : null,
                state != null && state.takesReason() ? FreeText.stripToNull(r.reason()) : null);
    }
}
