package no.sammen.shareddecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;

/**
 * The rules of a shared decision that need nothing but the registration, the course's dates, today
 * and the ids of the guideline catalog. Whether the participants are in this course's network is
 * checked by the service. Each problem names the field it belongs to.
 */
final class SharedDecisionRules {

    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LONG_TEXT = 1000;
    static final int MAX_FREE_OPTIONS = 10;
    /** A choice needs something to choose between. */
    static final int MIN_OPTIONS = 2;

    private SharedDecisionRules() {
    }

    /**
     * Everything wrong with a decision on a course that started on {@code courseStart} and ended on
     * {@code courseEnd} (null while active); {@code recommendationIds} are the catalog's ids.
     */
    static List<FieldProblem> check(SharedDecisionRegistration registration, LocalDate courseStart,
            LocalDate courseEnd, LocalDate today, Set<String> recommendationIds) {
        SharedDecisionRegistration r = relevant(registration);
        List<FieldProblem> problems = new ArrayList<>();
        CourseDates.doneInCourse(r.decidedOn(), courseStart, courseEnd, today, "decidedOn",
                "shareddecision.decidedOn.required", problems);
        if (r.question() == null) {
            problems.add(FieldProblem.of("question", "shareddecision.question.required"));
        }
        text("questionText", r.questionText(), r.question() == DecisionQuestion.OTHER, MAX_SHORT_TEXT,
                "shareddecision.questionText.required", problems);
        List<String> unknown = r.optionIds().stream().filter(id -> !recommendationIds.contains(id)).toList();
        if (!unknown.isEmpty()) {
            problems.add(FieldProblem.of("optionIds", "shareddecision.optionIds.unknown", String.join(", ", unknown)));
        } else if (r.optionIds().size() + r.freeOptions().size() < MIN_OPTIONS) {
            problems.add(FieldProblem.of("optionIds", "shareddecision.options.tooFew", MIN_OPTIONS));
        }
        if (r.freeOptions().size() > MAX_FREE_OPTIONS) {
            problems.add(FieldProblem.of("freeOptions", "shareddecision.freeOptions.tooMany", MAX_FREE_OPTIONS));
        } else {
            for (String option : r.freeOptions()) {
                if (option.contains("\n") || option.contains("\r")) {
                    problems.add(FieldProblem.of("freeOptions", "shareddecision.freeOptions.oneLine"));
                    break;
                }
                if (!FreeText.check(option, "freeOptions", MAX_SHORT_TEXT, problems)) {
                    break;
                }
            }
        }
        text("whatMatters", r.whatMatters(), true, MAX_LONG_TEXT, "shareddecision.whatMatters.required", problems);
        if (r.decisionAidUsed() == null) {
            problems.add(FieldProblem.of("decisionAidUsed", "shareddecision.decisionAidUsed.required"));
        } else if (r.decisionAidUsed()) {
            if (r.decisionAid() == null) {
                problems.add(FieldProblem.of("decisionAid", "shareddecision.decisionAid.required"));
            }
            text("decisionAidText", r.decisionAidText(), r.decisionAid() == DecisionAid.OTHER, MAX_SHORT_TEXT,
                    "shareddecision.decisionAidText.required", problems);
        }
        text("decision", r.decision(), true, MAX_LONG_TEXT, "shareddecision.decision.required", problems);
        if (r.revisitOn() != null && r.decidedOn() != null && !r.revisitOn().isAfter(r.decidedOn())) {
            problems.add(FieldProblem.of("revisitOn", "shareddecision.revisitOn.notAfterDecision"));
        }
        return problems;
    }

    /**
     * The registration with only the fields its answers make relevant and texts stripped (blank is
     * null): the question's text only for "other", the decision aid only when one was used.
     */
    static SharedDecisionRegistration relevant(SharedDecisionRegistration r) {
        boolean aidUsed = Boolean.TRUE.equals(r.decisionAidUsed());
        DecisionAid aid = aidUsed ? r.decisionAid() : null;
        return new SharedDecisionRegistration(r.decidedOn(), r.question(),
                r.question() == DecisionQuestion.OTHER ? FreeText.stripToNull(r.questionText()) : null,
                r.optionIds(), r.freeOptions(), FreeText.stripToNull(r.whatMatters()), r.decisionAidUsed(), aid,
                aid == DecisionAid.OTHER ? FreeText.stripToNull(r.decisionAidText()) : null, r.participantIds(),
                FreeText.stripToNull(r.decision()), r.revisitOn());
    }

    private static void text(String field, String text, boolean required, int maxLength, String requiredKey,
            List<FieldProblem> problems) {
        if (text == null) {
            if (required) {
                problems.add(FieldProblem.of(field, requiredKey));
            }
        } else {
            FreeText.check(text, field, maxLength, problems);
        }
    }
}
