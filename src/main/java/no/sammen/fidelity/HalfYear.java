package no.sammen.fidelity;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

/** A half-year, the grain of fidelity: {@code 2026-1} is January to June 2026, {@code 2026-2} July to December. */
record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-([12])");

    HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2");
        }
    }

    static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The half-year before the one in progress: the latest whose registrations are complete. */
    static HalfYear latestComplete(LocalDate today) {
        return of(today).previous();
    }

    /**
     * A half-year as the page and the API name it, checked: the form {@code yyyy-1} or {@code yyyy-2}, from
     * 2000 and not after the one in progress. A bad one is a field error on {@code field}.
     */
    static HalfYear parse(String text, String field, LocalDate today) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 2000) {
            throw new InvalidInputException(FieldProblem.of(field, "fidelity.half.invalid"));
        }
        HalfYear half = new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (half.compareTo(of(today)) > 0) {
            throw new InvalidInputException(FieldProblem.of(field, "fidelity.half.future"));
        }
        return half;
    }

    public LocalDate from() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate to() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    /** In progress on {@code today}: its values are provisional. */
    public boolean inProgress(LocalDate today) {
        return !today.isBefore(from()) && !today.isAfter(to());
    }

    /** The last day counted: its end, or today while it is in progress. */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(to()) ? today : to();
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }

    @Override
    public String toString() {
        return year + "-" + half;
    }
}
