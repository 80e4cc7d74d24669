package no.sammen.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One item of a questionnaire, its texts in bokmål, nynorsk and English.
 *
 * @param options    the answers it takes, in order (none for free text); a scale's are 1 to 5, yes/no's YES, NO,
 *                   DONT_KNOW
 * @param favourable the answers counted as favourable in the item's share
 * @param notCounted the answers left out of the share's denominator (don't know, not relevant)
 * @param low        a scale's label of 1, otherwise empty
 * @param high       a scale's label of 5, otherwise empty
 * @param hint       a hint under the item, or empty
 * @param maxLength  the longest free text, 0 for other kinds
 */
public record SurveyItem(String id, ItemKind kind, boolean optional, Map<String, String> texts,
        List<ItemOption> options, Set<String> favourable, Set<String> notCounted, Map<String, String> low,
        Map<String, String> high, Map<String, String> hint, int maxLength) {

    /** One answer of a choice, with its text in each language. */
    public record ItemOption(String id, Map<String, String> texts) {

        public String text(Locale locale) {
            return inLanguage(texts, locale);
        }
    }

    public SurveyItem {
        texts = Map.copyOf(texts);
        options = List.copyOf(options);
        favourable = Set.copyOf(favourable);
        notCounted = Set.copyOf(notCounted);
        low = Map.copyOf(low);
        high = Map.copyOf(high);
        hint = Map.copyOf(hint);
    }

    public String text(Locale locale) {
        return inLanguage(texts, locale);
    }

    public String hintText(Locale locale) {
        return hint.isEmpty() ? null : inLanguage(hint, locale);
    }

    public String lowText(Locale locale) {
        return low.isEmpty() ? null : inLanguage(low, locale);
    }

    public String highText(Locale locale) {
        return high.isEmpty() ? null : inLanguage(high, locale);
    }

    public boolean freeText() {
        return kind == ItemKind.FREE_TEXT;
    }

    public boolean takes(String value) {
        return options.stream().anyMatch(o -> o.id().equals(value));
    }

    public String optionText(String value, Locale locale) {
        return options.stream().filter(o -> o.id().equals(value)).findFirst().map(o -> o.text(locale)).orElse(value);
    }

    static String inLanguage(Map<String, String> texts, Locale locale) {
        String language = locale == null ? "nb" : locale.getLanguage();
        return texts.getOrDefault(language, texts.get("nb"));
    }
}
