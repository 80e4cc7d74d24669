package no.sammen.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned questionnaire: who answers it ({@code id}: RELATIVES, PATIENTS, STAFF), its title, the
 * introduction that says it is anonymous and voluntary, and its items, in bokmål, nynorsk and English.
 */
public record Questionnaire(String id, int version, Map<String, String> title, Map<String, String> introduction,
        Map<String, String> source, List<SurveyItem> items) {

    public Questionnaire {
        title = Map.copyOf(title);
        introduction = Map.copyOf(introduction);
        source = Map.copyOf(source);
        items = List.copyOf(items);
    }

    public String title(Locale locale) {
        return SurveyItem.inLanguage(title, locale);
    }

    public String introduction(Locale locale) {
        return SurveyItem.inLanguage(introduction, locale);
    }

    public String sourceText(Locale locale) {
        return SurveyItem.inLanguage(source, locale);
    }

    public Optional<SurveyItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The items whose answers are counted (all but free text). */
    public List<SurveyItem> countedItems() {
        return items.stream().filter(i -> !i.freeText()).toList();
    }

    /** The id and version as one key, e.g. {@code RELATIVES-1}, also the FHIR resource id. */
    public String key() {
        return id + "-" + version;
    }
}
