package no.sammen.implementation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import no.sammen.shared.DateBounds;

/** A half-year, January to June ({@code 2026-H1}) or July to December ({@code 2026-H2}): the plan's view. */
public record HalfYear(int year, int half) {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a half-year is 1 or 2");
        }
    }

    static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The half-year a code names, or null for a code that names none. */
    static HalfYear parse(String code) {
        if (code == null || !code.matches("\\d{4}-H[12]")) {
            return null;
        }
        int year = Integer.parseInt(code.substring(0, 4));
        return DateBounds.allowedYear(year) ? new HalfYear(year, code.charAt(6) - '0') : null;
    }

    public LocalDate first() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate last() {
        return LocalDate.of(year, half == 1 ? 6 : 12, half == 1 ? 30 : 31);
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(first());
        return IntStream.range(0, 6).mapToObj(first::plusMonths).toList();
    }

    public HalfYear previous() {
        return half == 1 ? new HalfYear(year - 1, 2) : new HalfYear(year, 1);
    }

    public HalfYear next() {
        return half == 2 ? new HalfYear(year + 1, 1) : new HalfYear(year, 2);
    }

    public String code() {
        return year + "-H" + half;
    }
}
