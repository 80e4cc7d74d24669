package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import no.sammen.indicator.PeriodType;
import no.sammen.report.UnitReportService.Row;

import org.junit.jupiter.api.Test;

/** The grain a report chooses from the data (ADR 0020). */
class ReportGrainTest {

    @Test
    void monthsWhenEveryIndicatorWithCoursesHasAMedianOfAtLeastTenAMonth() {
        assertThat(ReportGrain.choose(List.of(months(10, 10, 10, 10, 10, 10, 10, 9, 9, 9, 9, 0),
                months(12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12)))).isEqualTo(PeriodType.MONTH);
        // An indicator without a course in the twelve months does not count.
        assertThat(ReportGrain.choose(List.of(months(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10),
                months(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))).isEqualTo(PeriodType.MONTH);
    }

    @Test
    void quartersWhenOneIndicatorTypicallyHasFewerThanTen() {
        assertThat(ReportGrain.choose(List.of(months(12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12),
                months(10, 10, 10, 10, 10, 9, 9, 9, 9, 9, 9, 9)))).isEqualTo(PeriodType.QUARTER);
        assertThat(ReportGrain.choose(List.of(months(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))))
                .isEqualTo(PeriodType.QUARTER);
    }

    @Test
    void onlyTheLatestTwelveMonthsCount() {
        List<Row> rows = new ArrayList<>(months(50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50));
        rows.addAll(months(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertThat(ReportGrain.choose(List.of(rows))).isEqualTo(PeriodType.QUARTER);
    }

    @Test
    void aHiddenMonthCountsAsBelowTheMinimumSoThatAViewerWhoSeesMostlyHiddenMonthsGetsQuarters() {
        List<Row> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int m = 0; m < 12; m++) {
            boolean hidden = m % 2 == 0;
            rows.add(new Row(first.plusMonths(m), hidden ? null : 20L, hidden ? null : 20L, hidden ? null : 1.0,
                    hidden));
        }
        // Seen in full, the hidden months would have had 20 too; the viewer sees six of twelve.
        assertThat(ReportGrain.choose(List.of(rows))).isEqualTo(PeriodType.MONTH);
        rows.set(1, new Row(first.plusMonths(1), null, null, null, true));
        assertThat(ReportGrain.choose(List.of(rows))).isEqualTo(PeriodType.QUARTER);
    }

    @Test
    void quartersCoverTwelveQuartersEndingWithTheOneThatHoldsTheLatestMonth() {
        YearMonth latest = YearMonth.of(2026, 10);
        assertThat(ReportGrain.from(PeriodType.QUARTER, latest)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(ReportGrain.to(PeriodType.QUARTER, latest)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportGrain.from(PeriodType.MONTH, latest)).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(ReportGrain.to(PeriodType.MONTH, latest)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(ReportGrain.parse("quarter")).isEqualTo(PeriodType.QUARTER);
        assertThat(ReportGrain.parse("YEAR")).isNull();
    }

    @Test
    void theLatestValueIsTheLatestFinalPeriod() {
        Row old = new Row(LocalDate.of(2026, 8, 1), 2L, 10L, 0.2, false);
        Row provisional = new Row(LocalDate.of(2026, 9, 1), 5L, 5L, 1.0, false, false, true, "09.2026", "2026-09");
        assertThat(ReportGrain.latestFinal(List.of(old, provisional))).isEqualTo(old);
        assertThat(ReportGrain.latestFinal(List.of(provisional))).isNull();
    }

    @Test
    void aSmallUnitWhoseImplementationStartedTooRecentlyForSixQuartersIsReadByMonth() {
        // months() runs from January to December 2025, five courses a month: few.
        List<List<Row>> few = List.of(months(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5));
        java.time.YearMonth latest = java.time.YearMonth.of(2025, 12);
        // Started in January 2025: twelve months, four quarters after it — months can be judged, quarters not.
        assertThat(ReportGrain.choose(few, LocalDate.of(2025, 1, 15), latest))
                .isEqualTo(new ReportGrain.Choice(PeriodType.MONTH, "report.grain.chosen.MONTH_SINCE_START"));
        // Started 18 months before: six quarters after it, so quarters.
        assertThat(ReportGrain.choose(few, LocalDate.of(2024, 7, 1), latest).grain()).isEqualTo(PeriodType.QUARTER);
        // Started four months ago: neither can be judged yet, so quarters as the volume says.
        assertThat(ReportGrain.choose(few, LocalDate.of(2025, 9, 1), latest).grain()).isEqualTo(PeriodType.QUARTER);
        // No implementation start: quarters.
        assertThat(ReportGrain.choose(few, null, latest).grain()).isEqualTo(PeriodType.QUARTER);
    }

    @Test
    void aViewerWhoSeesMostMonthsHiddenKeepsQuartersWhateverTheImplementationStart() {
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            boolean hidden = m % 3 != 0;
            rows.add(new Row(LocalDate.of(2025, 1, 1).plusMonths(m), hidden ? null : 3L, hidden ? null : 6L,
                    hidden ? null : 0.5, hidden));
        }
        assertThat(ReportGrain.choose(List.of(rows), LocalDate.of(2025, 1, 15), java.time.YearMonth.of(2025, 12)))
                .isEqualTo(new ReportGrain.Choice(PeriodType.QUARTER, "report.grain.chosen.QUARTER"));
    }

    private static List<Row> months(long... denominators) {
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < denominators.length; m++) {
            long n = denominators[m];
            rows.add(new Row(LocalDate.of(2025, 1, 1).plusMonths(m), n / 2, n, n == 0 ? null : 0.5, false));
        }
        return rows;
    }
}
