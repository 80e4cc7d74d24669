package no.sammen.shared;

import java.time.LocalDate;

/**
 * The years a date typed or sent to Sammen may have. Outside them a date is a typing mistake or an
 * attack (e.g. {@code +999999999-12-31}), and arithmetic on it could overflow; it is refused where it is
 * read, as an invalid value of its field.
 */
public final class DateBounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    private DateBounds() {
    }

    public static boolean allowed(LocalDate date) {
        return date == null || allowedYear(date.getYear());
    }

    public static boolean allowedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
