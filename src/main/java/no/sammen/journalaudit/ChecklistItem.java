package no.sammen.journalaudit;

import java.util.Locale;
import java.util.Map;

/**
 * One item of the journal audit's checklist, in bokmål, nynorsk and English.
 *
 * @param sammen what Sammen itself registers for the item, or null when Sammen does not know it
 */
public record ChecklistItem(String id, Map<String, String> texts, Map<String, String> hints, SammenCounterpart sammen) {

    public ChecklistItem {
        texts = Map.copyOf(texts);
        hints = Map.copyOf(hints);
    }

    public String text(Locale locale) {
        return inLanguage(texts, locale);
    }

    public String hint(Locale locale) {
        return inLanguage(hints, locale);
    }

    static String inLanguage(Map<String, String> texts, Locale locale) {
        String language = locale == null ? "nb" : locale.getLanguage();
        return texts.getOrDefault(language, texts.get("nb"));
    }
}
