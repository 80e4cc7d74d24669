package no.sammen.journalaudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sammen.shared.FieldProblem;

/**
 * The rules of opening a round and of answering a checklist, and the counting of a round's results. Plain
 * Java: the service applies them before anything is stored, so that nothing is stored half-way.
 */
final class AuditRules {

    private AuditRules() {
    }

    /** What a user asks for when opening a round. */
    record OpenRound(PeriodKind periodKind, String period, Population population, Integer sampleSize) {
    }

    /** The problems of a round's request, before its population is known; the period when it is valid. */
    static List<FieldProblem> round(OpenRound request, int maxSampleSize, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.periodKind() == null) {
            problems.add(FieldProblem.of("periodKind", "journalaudit.round.periodKind.required"));
        } else if (request.period() == null || request.period().isBlank()) {
            problems.add(FieldProblem.of("period", "journalaudit.round.period.required"));
        } else {
            var period = AuditPeriod.parse(request.periodKind(), request.period());
            if (period.isEmpty()) {
                problems.add(FieldProblem.of("period", request.periodKind() == PeriodKind.MONTH
                        ? "journalaudit.round.period.invalid.MONTH" : "journalaudit.round.period.invalid.QUARTER"));
            } else if (!period.get().end().isBefore(today)) {
                problems.add(FieldProblem.of("period", "journalaudit.round.period.notEnded"));
            }
        }
        if (request.population() == null) {
            problems.add(FieldProblem.of("population", "journalaudit.round.population.required"));
        }
        if (request.sampleSize() == null || request.sampleSize() < 1 || request.sampleSize() > maxSampleSize) {
            problems.add(FieldProblem.of("sampleSize", "journalaudit.round.sampleSize.range", maxSampleSize));
        }
        return problems;
    }

    /** A sample larger than the population: named on the sample size, with the population's size. */
    static FieldProblem tooLarge(int populationSize) {
        return FieldProblem.of("sampleSize", "journalaudit.round.sampleSize.tooLarge", populationSize);
    }

    /** The field of an item's answer, as forms and Problem Details name it. */
    static String field(String itemId) {
        return "answers[" + itemId + "]";
    }

    /** The answers read from a form or a request: parsed, or the problems, each named by its item's field. */
    record Parsed(Map<String, Answer> answers, List<FieldProblem> problems) {
    }

    /**
     * Reads the answers: an unknown item or answer is a problem; an empty answer is no answer; a record is
     * completed only with every item answered.
     */
    static Parsed answers(Map<String, String> raw, boolean complete, AuditChecklist checklist) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> given = raw == null ? Map.of() : raw;
        for (Map.Entry<String, String> entry : given.entrySet()) {
            if (entry.getKey() == null || checklist.find(entry.getKey()).isEmpty()) {
                problems.add(FieldProblem.of(field(String.valueOf(entry.getKey())), "journalaudit.answer.unknownItem"));
            }
        }
        for (ChecklistItem item : checklist.items()) {
            String value = given.get(item.id());
            if (value == null || value.isBlank()) {
                if (complete) {
                    problems.add(FieldProblem.of(field(item.id()), "journalaudit.answer.required"));
                }
                continue;
            }
            try {
                answers.put(item.id(), Answer.valueOf(value.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(field(item.id()), "journalaudit.answer.invalid"));
            }
        }
        return new Parsed(answers, problems);
    }

    /** One completed record, as counted: its answers and what Sammen had registered per item. */
    record Counted(Map<String, Answer> answers, Map<String, Boolean> sammen) {
    }

    /** The results of a round over its completed records. */
    static RoundResultView results(RoundView round, List<Counted> completed, AuditChecklist checklist) {
        long meeting = 0;
        long yes = 0;
        long applicable = 0;
        Map<String, long[]> items = new LinkedHashMap<>();
        Map<String, long[]> agreement = new LinkedHashMap<>();
        for (ChecklistItem item : checklist.items()) {
            items.put(item.id(), new long[2]);
            if (item.sammen() != null) {
                agreement.put(item.id(), new long[2]);
            }
        }
        for (Counted record : completed) {
            meeting += checklist.meets(record.answers()) ? 1 : 0;
            for (Map.Entry<String, Answer> answer : record.answers().entrySet()) {
                long[] item = items.get(answer.getKey());
                if (item == null || !answer.getValue().applicable()) {
                    continue;
                }
                boolean isYes = answer.getValue() == Answer.YES;
                item[0] += isYes ? 1 : 0;
                item[1]++;
                yes += isYes ? 1 : 0;
                applicable++;
                long[] agreed = agreement.get(answer.getKey());
                Boolean registered = record.sammen().get(answer.getKey());
                if (agreed != null && registered != null) {
                    agreed[0] += registered == isYes ? 1 : 0;
                    agreed[1]++;
                }
            }
        }
        return new RoundResultView(round, meeting, completed.size(), yes, applicable,
                items.entrySet().stream().map(e -> new RoundResultView.ItemResult(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                agreement.entrySet().stream().map(e -> new RoundResultView.Agreement(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                round.provisional());
    }
}
