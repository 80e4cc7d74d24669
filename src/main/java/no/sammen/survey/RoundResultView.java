package no.sammen.survey;

import java.util.List;

/**
 * The results of one round, or of a year's rounds of one questionnaire version ({@code round} null, {@code year}
 * set). {@code answers} is null when the number is below the minimum; then every item is hidden too.
 *
 * @param inProgress the round is still open, so its figures may change (and are kept out of the SPC limits)
 */
public record RoundResultView(RoundView round, Integer year, String questionnaire, int questionnaireVersion,
        Integer answers, boolean inProgress, List<ItemResultView> items) {

    public boolean hidden() {
        return answers == null;
    }

    public ItemResultView item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElse(null);
    }
}
