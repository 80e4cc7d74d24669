package no.sammen.shared;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
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

    /** What every catalog file begins with: which catalog it is, its version and its source in each language. */
    public interface Header {

        String catalog();

        Integer version();

        Map<String, String> source();
    }

    /**
     * Reads a catalog file strictly ({@link #STRICT_JSON}) and checks its {@link Header}: it names this catalog,
     * has a positive version and a source in each language. What is wrong is named with the file and field.
     *
     * @param name the file, for messages
     */
    public static <T extends Header> T readFile(String catalog, String name, InputStream in, Class<T> type) {
        T file;
        try {
            file = STRICT_JSON.readValue(in, type);
        } catch (JacksonException e) {
            throw new InvalidCatalogException(catalog, name + ": " + e.getOriginalMessage() + " at "
                    + e.getPathReference(), e);
        }
        require(catalog, name, "catalog", file != null && catalog.equals(file.catalog()), "must be \"" + catalog + "\"");
        require(catalog, name, "version", file.version() != null && file.version() > 0, "is missing or not positive");
        requireLanguages(catalog, name, "source", file.source());
        return file;
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
