package no.sammen.indicator;

import java.time.LocalDate;

/** Calendar periods that indicator values are given for. */
public enum PeriodType {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    /** How many months the period has. */
    public int months() {
        return months;
    }

    /** The first day of the period that holds the date. */
    public LocalDate startOf(LocalDate date) {
        int month = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), month, 1);
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate endOf(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }
}
