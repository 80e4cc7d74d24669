package no.sammen.shared;

import java.util.Locale;

/**
 * The two written standards of Norwegian. Journal phrases are written in one of them whatever the
 * language of the user interface, because the health record is Norwegian.
 */
public enum WrittenStandard {
    BOKMAAL(Locale.forLanguageTag("nb")),
    NYNORSK(Locale.forLanguageTag("nn"));

    /** How the API describes its {@code standard} parameter, the same on every endpoint. */
    public static final String API_PARAMETER = "BOKMAAL or NYNORSK; without it, nynorsk for Accept-Language nn, "
            + "otherwise bokmål";

    private final Locale locale;

    WrittenStandard(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The written standard of a journal phrase on every page and API endpoint: the one asked for,
     * otherwise the user's language (nynorsk for a nynorsk user interface or {@code Accept-Language:
     * nn}, otherwise bokmål).
     */
    public static WrittenStandard chosenOr(WrittenStandard chosen, Locale locale) {
        return chosen != null ? chosen : forLocale(locale);
    }

    /** Nynorsk for a nynorsk user interface, otherwise bokmål. */
    public static WrittenStandard forLocale(Locale locale) {
        return locale != null && "nn".equals(locale.getLanguage()) ? NYNORSK : BOKMAAL;
    }
}
