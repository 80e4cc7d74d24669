package no.sammen.registration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times as Norwegians write them ({@code 07.03.2025}, {@code 14.30}), in journal phrases
 * and in messages: the same in bokmål, nynorsk and the English user interface.
 */
public final class NorwegianDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private NorwegianDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }
}
