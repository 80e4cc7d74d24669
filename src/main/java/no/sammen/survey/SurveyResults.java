package no.sammen.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.Suppression;
import no.sammen.indicator.Suppression.SuppressionReason;
import no.sammen.indicator.WilsonInterval;

/**
 * Counts a unit's rounds into results, and hides what is too small to show, with the indicator reports' own
 * {@link Suppression}: each round's number of answers and each item's favourable answers of those counted are
 * cells; the rounds of a questionnaire version opened in one calendar year add up to that year's total, which is
 * shown beside them. A cell below the minimum is hidden (nobody sees a figure of fewer than five answers, the unit's
 * own staff included, since the staff may know who answered), and more are hidden where a hidden figure could be
 * worked out from the year's total and the rounds shown.
 */
final class SurveyResults {

    private static final String ANSWERS = "*";

    private SurveyResults() {
    }

    /** One round's stored counts. */
    record Counted(RoundView round, Questionnaire questionnaire, int answers,
            Map<String, Map<String, Integer>> choices) {
    }

    /** The rounds oldest first, then the year totals, oldest first. */
    record UnitResults(List<RoundResultView> rounds, List<RoundResultView> years) {
    }

    static UnitResults compute(List<Counted> rounds, int minimum, LocalDate today) {
        List<Suppression.Cell> cells = new ArrayList<>();
        Map<String, List<Counted>> byYear = new LinkedHashMap<>();
        for (Counted c : rounds) {
            String key = roundKey(c.round().id());
            cells.add(new Suppression.Cell(key + ANSWERS, c.answers(), c.answers(), false));
            for (SurveyItem item : c.questionnaire().countedItems()) {
                long[] fc = favourable(item, c.choices().getOrDefault(item.id(), Map.of()));
                cells.add(new Suppression.Cell(key + item.id(), fc[0], fc[1], false));
            }
            byYear.computeIfAbsent(yearKey(c), k -> new ArrayList<>()).add(c);
        }
        List<Suppression.Sum> sums = new ArrayList<>();
        Map<String, Counted> yearTotals = new LinkedHashMap<>();
        for (Map.Entry<String, List<Counted>> year : byYear.entrySet()) {
            Counted total = total(year.getValue());
            yearTotals.put(year.getKey(), total);
            cells.add(new Suppression.Cell(year.getKey() + ANSWERS, total.answers(), total.answers(), false));
            sums.add(new Suppression.Sum(year.getKey() + ANSWERS,
                    year.getValue().stream().map(c -> roundKey(c.round().id()) + ANSWERS).toList()));
            for (SurveyItem item : total.questionnaire().countedItems()) {
                long[] fc = favourable(item, total.choices().getOrDefault(item.id(), Map.of()));
                cells.add(new Suppression.Cell(year.getKey() + item.id(), fc[0], fc[1], false));
                sums.add(new Suppression.Sum(year.getKey() + item.id(),
                        year.getValue().stream().map(c -> roundKey(c.round().id()) + item.id()).toList()));
            }
        }
        Suppression.Result hidden = Suppression.apply(cells, sums, minimum);
        List<RoundResultView> roundViews = rounds.stream()
                .map(c -> view(c, roundKey(c.round().id()), null, hidden, c.round().openOn(today))).toList();
        List<RoundResultView> yearViews = new ArrayList<>();
        yearTotals.forEach((key, total) -> yearViews.add(view(total, key,
                byYear.get(key).get(0).round().opensOn().getYear(), hidden,
                byYear.get(key).stream().anyMatch(c -> c.round().openOn(today)))));
        return new UnitResults(roundViews, yearViews);
    }

    private static String roundKey(UUID roundId) {
        return "round:" + roundId + ":";
    }

    private static String yearKey(Counted c) {
        return "year:" + c.questionnaire().key() + ":" + c.round().opensOn().getYear() + ":";
    }

    /** The year's rounds added up. */
    private static Counted total(List<Counted> rounds) {
        Map<String, Map<String, Integer>> choices = new LinkedHashMap<>();
        int answers = 0;
        for (Counted c : rounds) {
            answers += c.answers();
            c.choices().forEach((item, counts) -> counts.forEach((choice, n) -> choices
                    .computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(choice, n, Integer::sum)));
        }
        return new Counted(null, rounds.get(0).questionnaire(), answers, choices);
    }

    /** The favourable answers and the answers counted (all but those the item does not count). */
    static long[] favourable(SurveyItem item, Map<String, Integer> counts) {
        long favourable = 0;
        long counted = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!item.notCounted().contains(e.getKey())) {
                counted += e.getValue();
                if (item.favourable().contains(e.getKey())) {
                    favourable += e.getValue();
                }
            }
        }
        return new long[] {favourable, counted};
    }

    private static RoundResultView view(Counted c, String key, Integer year, Suppression.Result hidden,
            boolean inProgress) {
        boolean roundHidden = hidden.isHidden(key + ANSWERS);
        List<ItemResultView> items = new ArrayList<>();
        for (SurveyItem item : c.questionnaire().countedItems()) {
            Map<String, Integer> counts = c.choices().getOrDefault(item.id(), Map.of());
            SuppressionReason reason = roundHidden && !hidden.isHidden(key + item.id())
                    ? hidden.reason(key + ANSWERS) : hidden.reason(key + item.id());
            if (reason != SuppressionReason.NONE) {
                items.add(new ItemResultView(item.id(), null, null, null, null, null, null, null, reason));
                continue;
            }
            long[] fc = favourable(item, counts);
            Map<String, Integer> distribution = new LinkedHashMap<>();
            item.options().forEach(o -> distribution.put(o.id(), counts.getOrDefault(o.id(), 0)));
            int answered = distribution.values().stream().mapToInt(Integer::intValue).sum();
            WilsonInterval interval = WilsonInterval.of(fc[0], fc[1]).orElse(null);
            items.add(new ItemResultView(item.id(), answered, distribution, (int) fc[0], (int) fc[1],
                    fc[1] == 0 ? null : (double) fc[0] / fc[1], interval == null ? null : interval.lower(),
                    interval == null ? null : interval.upper(), SuppressionReason.NONE));
        }
        return new RoundResultView(c.round(), year, c.questionnaire().id(), c.questionnaire().version(),
                roundHidden ? null : c.answers(), inProgress, items);
    }
}
