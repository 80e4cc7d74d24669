package no.sammen.shared;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks every catalog shipped as data shares (the indicator catalog, the guideline's
 * recommendations): a strict reading of the file, in which an unknown field is an error, and
 * problems named by entry and field, so that a catalog with a mistake stops the application at
 * start-up instead of showing something wrong later.
 */
public final class CatalogChecks {

    /** The languages every catalog text is written in. */
    public static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

    /** Reads catalog files: unknown fields and nulls for primitives are errors. */
    public static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CatalogChecks() {
    }

    /**
     * @param catalog what the catalog is, for the message ("indicator", "guideline")
     * @param where   the file and the entry, e.g. {@code guideline-v1.json, recommendation IPS}
     */
    public static void require(String catalog, String where, String field, boolean ok, String problem) {
        if (!ok) {
            throw new InvalidCatalogException(catalog, where + ": " + field + " " + problem);
        }
    }

    /** A text in each of {@link #LANGUAGES}, not blank, and in no other language. */
    public static void requireLanguages(String catalog, String where, String field, Map<String, String> texts) {
        require(catalog, where, field, texts != null, "is missing");
        for (String language : LANGUAGES) {
            String text = texts.get(language);
            require(catalog, where, field + "." + language, text != null && !text.isBlank(), "is missing");
        }
        for (String language : texts.keySet()) {
            require(catalog, where, field + "." + language, LANGUAGES.contains(language), "is not one of nb, nn, en");
        }
    }

    /** A catalog that cannot be used: the message names the catalog, the entry and the field. */
    public static class InvalidCatalogException extends IllegalStateException {

        public InvalidCatalogException(String catalog, String message) {
            super("Invalid " + catalog + " catalog " + message);
        }

        public InvalidCatalogException(String catalog, String message, Throwable cause) {
            super("Invalid " + catalog + " catalog " + message, cause);
        }
    }
}
