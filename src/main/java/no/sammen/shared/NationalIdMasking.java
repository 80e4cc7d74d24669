package no.sammen.shared;

import java.util.regex.Pattern;

/**
 * Defence in depth: free text that leaves the application (log lines, audit details, error
 * messages) passes through here so that anything shaped like an 11-digit national id is masked,
 * even where a user typed one into the wrong field.
 */
public final class NationalIdMasking {

    /** Eleven digits (six and five, perhaps with a space) standing alone, not inside a word or a UUID. */
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9A-Za-z])\\d{6}\\s?\\d{5}(?![0-9A-Za-z])");

    private NationalIdMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return ELEVEN_DIGITS.matcher(text).replaceAll("***********");
    }

    public static boolean containsNationalIdLike(String text) {
        return text != null && ELEVEN_DIGITS.matcher(text).find();
    }
}
