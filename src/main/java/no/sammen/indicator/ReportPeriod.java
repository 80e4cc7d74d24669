package no.sammen.indicator;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

/**
 * A period as written in an address of a report or an export: {@code 2026-10} a month, {@code 2026-Q4} a quarter,
 * {@code 2026} a year.
 */
public record ReportPeriod(PeriodType type, LocalDate start) {

    /** The first year a report or export may ask for: no course in Sammen is older. */
    public static final int FIRST_YEAR = 1990;
    /** The last year a report or export may ask for. */
    public static final int LAST_YEAR = no.sammen.shared.DateBounds.LAST_YEAR;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** @throws InvalidInputException on {@code field} for anything else, or a month that does not exist */
    public static ReportPeriod parse(String text, String field) {
        String value = text == null ? "" : text.strip();
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number >= 1 && number <= 12) {
                return checked(new ReportPeriod(PeriodType.MONTH,
                        LocalDate.of(Integer.parseInt(month.group(1)), number, 1)), field);
            }
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            return checked(new ReportPeriod(PeriodType.QUARTER,
                    LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1)),
                    field);
        }
        if (YEAR.matcher(value).matches()) {
            return checked(new ReportPeriod(PeriodType.YEAR, LocalDate.of(Integer.parseInt(value), 1, 1)), field);
        }
        throw new InvalidInputException(FieldProblem.of(field, "indicator.period.invalid"));
    }

    private static ReportPeriod checked(ReportPeriod period, String field) {
        if (!allowed(period.start().getYear())) {
            throw new InvalidInputException(FieldProblem.of(field, "indicator.period.tooEarly",
                    String.valueOf(FIRST_YEAR)));
        }
        return period;
    }

    /** Whether a year lies between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static boolean allowed(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public LocalDate end() {
        return type.endOf(start);
    }

    /** As written in the address. */
    public String text() {
        return switch (type) {
            case MONTH -> "%04d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%04d-Q%d".formatted(start.getYear(), (start.getMonthValue() + 2) / 3);
            case YEAR -> "%04d".formatted(start.getYear());
        };
    }

    /** The arguments of {@code report.courses.period.<type>}: month or quarter number, and year, as text. */
    public Object[] labelArguments() {
        String year = "%04d".formatted(start.getYear());
        return switch (type) {
            case MONTH -> new Object[] {"%02d".formatted(start.getMonthValue()), year};
            case QUARTER -> new Object[] {String.valueOf((start.getMonthValue() + 2) / 3), year};
            case YEAR -> new Object[] {year, year};
        };
    }
}
