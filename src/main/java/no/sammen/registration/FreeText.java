package no.sammen.registration;

import java.util.List;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.NationalIdMasking;

/**
 * The one check of a free-text field of a registration: not longer than its field allows, and no
 * national id in it however it is written. What counts as an id is {@link
 * NationalIdMasking#containsNationalIdLike}: a valid id written in any way, or eleven digits
 * standing alone; a phone number with a country code ({@code +47 12345678}, {@code 0047 12345678},
 * {@code +46701234567}) passes.
 */
public final class FreeText {

    public static final String TOO_LONG = "validation.tooLong";
    public static final String NATIONAL_ID = NationalIdMasking.FIELD_ERROR;

    private FreeText() {
    }

    /**
     * Adds at most one problem on {@code field} for an optional text (null passes); the length is
     * that of the stripped text. Returns whether the text passed.
     */
    public static boolean check(String text, String field, int maxLength, List<FieldProblem> problems) {
        if (text == null) {
            return true;
        }
        if (text.strip().length() > maxLength) {
            problems.add(FieldProblem.of(field, TOO_LONG, maxLength));
            return false;
        }
        if (holdsNationalId(text)) {
            problems.add(FieldProblem.of(field, NATIONAL_ID));
            return false;
        }
        return true;
    }

    public static boolean holdsNationalId(String text) {
        return NationalIdMasking.containsNationalIdLike(text);
    }

    /** The text stripped, or null when it is blank. */
    public static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
