package no.sammen.shared;

import java.util.Locale;

/**
 * The two written standards of Norwegian. Journal phrases are written in one of them whatever the
 * language of the user interface, because the health record is Norwegian.
 */
public enum WrittenStandard {
    BOKMAAL(Locale.forLanguageTag("nb")),
    NYNORSK(Locale.forLanguageTag("nn"));

    private final Locale locale;

    WrittenStandard(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Nynorsk for a nynorsk user interface, otherwise bokmål. */
    public static WrittenStandard forLocale(Locale locale) {
        return locale != null && "nn".equals(locale.getLanguage()) ? NYNORSK : BOKMAAL;
    }
}
