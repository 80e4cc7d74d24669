package no.sammen.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.ReportPeriod;
import no.sammen.indicator.ShownValue;
import no.sammen.indicator.Suppression.SuppressionReason;
import no.sammen.report.UnitReportService.Row;
import no.sammen.spc.VariationAssurance;

import org.springframework.context.MessageSource;

/**
 * The grain a report is read at, months or quarters, and the periods it covers (ADR 0020). A unit with
 * few courses a month is charted by quarter: months only when every indicator with courses typically
 * has at least {@link #MONTHLY_MINIMUM} a month, judged on the values the viewer may see, so that a
 * viewer for whom most months are suppressed reads quarters. The user may choose the other grain
 * ({@code grain=month|quarter}). Plain Java, no Spring beyond the message source it is handed.
 */
final class ReportGrain {

    /** Months charted at the monthly grain, ending with the latest whole month. */
    static final int MONTHS = 24;
    /** Quarters charted at the quarterly grain, ending with the quarter that holds the latest whole month. */
    static final int QUARTERS = 12;
    /** The months whose denominators decide the grain, ending with the latest whole month. */
    static final int TYPICAL_MONTHS = 12;
    /** The median monthly denominator from which an indicator is charted by month. */
    static final long MONTHLY_MINIMUM = 10;
    /** The period types a report reads its values at. */
    static final Set<PeriodType> TYPES = EnumSet.of(PeriodType.MONTH, PeriodType.QUARTER);

    private ReportGrain() {
    }

    /** The grain asked for in an address ({@code month} or {@code quarter}), or null for anything else. */
    static PeriodType parse(String text) {
        return switch (text == null ? "" : text) {
            case "month" -> PeriodType.MONTH;
            case "quarter" -> PeriodType.QUARTER;
            default -> null;
        };
    }

    /** The grain as written in an address. */
    static String param(PeriodType grain) {
        return grain == PeriodType.QUARTER ? "quarter" : "month";
    }

    /** The first day of the first period a report at the grain covers. */
    static LocalDate from(PeriodType grain, YearMonth latest) {
        return grain == PeriodType.QUARTER
                ? PeriodType.QUARTER.startOf(latest.atDay(1)).minusMonths(3L * (QUARTERS - 1))
                : latest.minusMonths(MONTHS - 1L).atDay(1);
    }

    /** The last day of the last period a report at the grain covers (a quarter may not have ended yet). */
    static LocalDate to(PeriodType grain, YearMonth latest) {
        return grain.endOf(grain.startOf(latest.atDay(1)));
    }

    /** The earliest and latest days that either grain covers: what to read once for both. */
    static LocalDate earliest(YearMonth latest) {
        return TYPES.stream().map(g -> from(g, latest)).min(Comparator.naturalOrder()).orElseThrow();
    }

    static LocalDate latestDay(YearMonth latest) {
        return TYPES.stream().map(g -> to(g, latest)).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Months when every indicator with courses in the {@link #TYPICAL_MONTHS} months ending with the
     * latest has a median monthly denominator of at least {@link #MONTHLY_MINIMUM} as the viewer sees it;
     * a hidden month counts as below it (the viewer does not know it). Otherwise, and when no indicator
     * has courses, quarters.
     *
     * @param monthlyRows per indicator, its months as the viewer may see them, oldest first, ending with
     *                    the latest whole month
     */
    static PeriodType choose(Collection<List<Row>> monthlyRows) {
        return choose(monthlyRows, null, null).grain();
    }

    /** The grain the data chose, and the message key of the note that says why. */
    record Choice(PeriodType grain, String noteKey) {
    }

    /**
     * As {@link #choose(Collection)}, with one exception: when the unit's implementation started so
     * recently that fewer than {@link VariationAssurance#MINIMUM_POINTS} quarters follow it, no quarter
     * chart could be judged for variation or assurance yet; if at least as many months follow it and the
     * viewer sees most months, the report reads months (ADR 0020).
     *
     * @param split  the unit's implementation start, or null
     * @param latest the latest whole month
     */
    static Choice choose(Collection<List<Row>> monthlyRows, LocalDate split, YearMonth latest) {
        boolean anyCourses = false;
        boolean fewCourses = false;
        boolean mostlyHidden = false;
        for (List<Row> rows : monthlyRows) {
            List<Row> typical = rows.subList(Math.max(0, rows.size() - TYPICAL_MONTHS), rows.size());
            if (typical.stream().noneMatch(r -> r.hidden() || r.denominator() > 0)) {
                continue;
            }
            anyCourses = true;
            long[] denominators = typical.stream().mapToLong(r -> r.hidden() ? 0 : r.denominator()).sorted()
                    .toArray();
            int middle = denominators.length / 2;
            double median = denominators.length % 2 == 1 ? denominators[middle]
                    : (denominators[middle - 1] + denominators[middle]) / 2.0;
            fewCourses |= median < MONTHLY_MINIMUM;
            mostlyHidden |= typical.stream().filter(Row::hidden).count() * 2 > typical.size();
        }
        if (!anyCourses) {
            return new Choice(PeriodType.QUARTER, "report.grain.chosen.QUARTER");
        }
        if (!fewCourses) {
            return new Choice(PeriodType.MONTH, "report.grain.chosen.MONTH");
        }
        if (split != null && latest != null && !mostlyHidden) {
            long monthsSince = Math.max(0, YearMonth.from(split).until(latest, ChronoUnit.MONTHS) + 1);
            if (monthsSince / 3 < VariationAssurance.MINIMUM_POINTS && monthsSince >= VariationAssurance.MINIMUM_POINTS) {
                return new Choice(PeriodType.MONTH, "report.grain.chosen.MONTH_SINCE_START");
            }
        }
        return new Choice(PeriodType.QUARTER, "report.grain.chosen.QUARTER");
    }

    /**
     * The rows of one part of the organisation at one grain, oldest first, from the values of one
     * indicator read by {@code IndicatorService.catalogShownValues} at both grains.
     */
    static List<Row> rows(List<ShownValue> values, OrgLevel level, UUID orgId, PeriodType grain, YearMonth latest,
            MessageSource messages, Locale locale) {
        LocalDate from = from(grain, latest);
        LocalDate to = to(grain, latest);
        return values.stream()
                .filter(v -> v.level() == level && Objects.equals(v.orgId(), orgId) && v.periodType() == grain)
                .filter(v -> !v.periodStart().isBefore(from) && !v.periodStart().isAfter(to))
                .sorted(Comparator.comparing(ShownValue::periodStart))
                .map(v -> {
                    ReportPeriod period = new ReportPeriod(grain, v.periodStart());
                    return new Row(v.periodStart(), v.numerator(), v.denominator(), v.value(), v.hidden(),
                            v.reason() == SuppressionReason.PRIMARY, v.provisional(), messages.getMessage("report.courses.period." + grain,
                                    period.labelArguments(), locale), period.text());
                })
                .toList();
    }

    /** The latest row that is not provisional, or null when every row is. */
    static Row latestFinal(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).provisional()) {
                return rows.get(i);
            }
        }
        return null;
    }
}
