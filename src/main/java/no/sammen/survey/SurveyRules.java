package no.sammen.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.NationalIdMasking;

/**
 * The rules of the survey: what a round to open must be, and what an answer must be. Every problem names its
 * field: {@code questionnaire}, {@code opensOn}, {@code closesOn}, or {@code answers[ITEM]} for an item.
 */
final class SurveyRules {

    static final String UNKNOWN_ITEM = "survey.answer.unknownItem";
    static final String INVALID_CHOICE = "survey.answer.invalidChoice";
    static final String REQUIRED = "survey.answer.required";
    static final String CODE_INVALID = "survey.answer.code.invalid";
    static final String CODE_REQUIRED = "survey.answer.code.required";
    /** The longest a code may be typed, spaces included. */
    static final int CODE_MAX_LENGTH = 40;

    private SurveyRules() {
    }

    /** A round to open at a unit. */
    record OpenRound(String questionnaire, LocalDate opensOn, LocalDate closesOn, boolean codesRequired) {
    }

    static List<FieldProblem> round(OpenRound r, SurveyQuestionnaires questionnaires, LocalDate today, int maxDays) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.questionnaire() == null || r.questionnaire().isBlank()) {
            problems.add(FieldProblem.of("questionnaire", "survey.round.questionnaire.required"));
        } else if (questionnaires.latest(r.questionnaire()).isEmpty()) {
            problems.add(FieldProblem.of("questionnaire", "survey.round.questionnaire.unknown"));
        }
        if (r.opensOn() == null) {
            problems.add(FieldProblem.of("opensOn", "survey.round.opensOn.required"));
        }
        if (r.closesOn() == null) {
            problems.add(FieldProblem.of("closesOn", "survey.round.closesOn.required"));
        } else if (r.closesOn().isBefore(today)) {
            problems.add(FieldProblem.of("closesOn", "survey.round.closesOn.past"));
        } else if (r.opensOn() != null && r.closesOn().isBefore(r.opensOn())) {
            problems.add(FieldProblem.of("closesOn", "survey.round.closesOn.beforeOpens"));
        } else if (r.opensOn() != null && ChronoUnit.DAYS.between(r.opensOn(), r.closesOn()) + 1 > maxDays) {
            problems.add(FieldProblem.of("closesOn", "survey.round.closesOn.tooLong", maxDays));
        }
        return problems;
    }

    /** The answers of one response, checked: choices and texts by item id, or the problems. */
    record Parsed(Map<String, String> choices, Map<String, String> texts, List<FieldProblem> problems) {
    }

    static String field(String itemId) {
        return "answers[" + itemId + "]";
    }

    /**
     * Checks a response against its questionnaire: an item it does not have, a choice the item does not take, a
     * required item left out, and a free text too long or holding a national id are each refused, naming the
     * item. A blank value is no answer.
     */
    static Parsed answers(Questionnaire questionnaire, Map<String, String> raw) {
        Map<String, String> given = raw == null ? Map.of() : raw;
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String itemId : given.keySet()) {
            if (questionnaire.item(itemId).isEmpty()) {
                String shown = NationalIdMasking.mask(itemId == null ? "" : itemId.length() > 40 ? itemId.substring(0, 40) : itemId);
                problems.add(FieldProblem.of(field(shown), UNKNOWN_ITEM, shown));
            }
        }
        for (SurveyItem item : questionnaire.items()) {
            String value = FreeText.stripToNull(given.get(item.id()));
            if (value == null) {
                if (!item.optional()) {
                    problems.add(FieldProblem.of(field(item.id()), REQUIRED));
                }
                continue;
            }
            if (item.freeText()) {
                if (FreeText.check(value, field(item.id()), item.maxLength(), problems)) {
                    texts.put(item.id(), value);
                }
            } else if (item.takes(value)) {
                choices.put(item.id(), value);
            } else {
                problems.add(FieldProblem.of(field(item.id()), INVALID_CHOICE));
            }
        }
        return new Parsed(choices, texts, problems);
    }
}
