package no.sammen.imr;

import java.util.Locale;
import java.util.Map;

/**
 * One module of the IMR curriculum.
 *
 * @param number its place in the standard curriculum, from 1
 * @param names  its name by language (nb, nn, en), in our own words
 */
public record ImrModule(String id, int number, Map<String, String> names) {

    /** The name in the locale's language, bokmål otherwise. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("nb"));
    }
}
