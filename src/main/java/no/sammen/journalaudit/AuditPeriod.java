package no.sammen.journalaudit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of an audit round: a calendar month or quarter, named by its code ({@code 2026-03} or
 * {@code 2026-Q1}).
 */
public record AuditPeriod(PeriodKind kind, LocalDate start) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public AuditPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (start.getDayOfMonth() != 1 || kind == PeriodKind.QUARTER && (start.getMonthValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("not the first day of a " + kind + ": " + start);
        }
    }

    /** The period named by {@code code} of the given kind, or empty when it does not name one. */
    public static Optional<AuditPeriod> parse(PeriodKind kind, String code) {
        if (kind == null || code == null) {
            return Optional.empty();
        }
        String text = code.strip();
        Matcher m = (kind == PeriodKind.MONTH ? MONTH : QUARTER).matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int part = Integer.parseInt(m.group(2));
        if (year < 2000 || year > 2100 || kind == PeriodKind.MONTH && (part < 1 || part > 12)) {
            return Optional.empty();
        }
        int month = kind == PeriodKind.MONTH ? part : (part - 1) * 3 + 1;
        return Optional.of(new AuditPeriod(kind, LocalDate.of(year, month, 1)));
    }

    /** The last day of the period. */
    public LocalDate end() {
        return YearMonth.from(start).plusMonths(kind == PeriodKind.MONTH ? 0 : 2).atEndOfMonth();
    }

    /** {@code 2026-03} or {@code 2026-Q1}. */
    public String code() {
        return kind == PeriodKind.MONTH ? "%d-%02d".formatted(start.getYear(), start.getMonthValue())
                : "%d-Q%d".formatted(start.getYear(), (start.getMonthValue() + 2) / 3);
    }

    /** The quarter's number, 1–4. */
    public int quarter() {
        return (start.getMonthValue() + 2) / 3;
    }
}
