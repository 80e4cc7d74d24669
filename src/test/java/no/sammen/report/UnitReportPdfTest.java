package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import no.sammen.indicator.PeriodType;
import no.sammen.organisation.UnitType;
import no.sammen.organisation.UnitView;
import no.sammen.report.UnitReportService.Row;
import no.sammen.report.UnitReportService.UnitReport;

import org.junit.jupiter.api.Test;

class UnitReportPdfTest {

    @Test
    void theFileNameIsTheUnitInPlainLettersAndTheLatestMonth() {
        assertThat(UnitReportPdf.filename(report("Kronstad sengepost", "run"))).isEqualTo("sammen-kronstad-sengepost-2026-04.pdf");
        assertThat(UnitReportPdf.filename(report("Øyane DPS / Akutt-team (Bjørgvin)", "p")))
                .isEqualTo("sammen-oyane-dps-akutt-team-bjorgvin-2026-04-p.pdf");
        assertThat(UnitReportPdf.filename(report("Ærlig Åsane Čáhppes Ŋ", "run")))
                .isEqualTo("sammen-aerlig-asane-cahppes-n-2026-04.pdf");
        assertThat(UnitReportPdf.filename(report("«»", "run"))).isEqualTo("sammen-unit-2026-04.pdf");
    }

    @Test
    void theMonthsAreSplitInTwoTablesTheOlderHalfFirst() {
        List<Row> rows = List.of(row(1), row(2), row(3), row(4), row(5));
        assertThat(UnitReportPdf.halves(rows)).containsExactly(rows.subList(0, 3), rows.subList(3, 5));
        assertThat(UnitReportPdf.halves(rows.subList(0, 4))).containsExactly(rows.subList(0, 2), rows.subList(2, 4));
    }

    private static Row row(int month) {
        return new Row(LocalDate.of(2026, month, 1), 1L, 2L, 0.5, false);
    }

    @Test
    void aReportByQuarterSaysSoInItsName() {
        assertThat(UnitReportPdf.filename(report("Døgn", "p", PeriodType.QUARTER)))
                .isEqualTo("sammen-dogn-2026-04-quarters-p.pdf");
    }

    private static UnitReport report(String unitName, String chart) {
        return report(unitName, chart, PeriodType.MONTH);
    }

    private static UnitReport report(String unitName, String chart, PeriodType grain) {
        UnitView unit = new UnitView(UUID.randomUUID(), unitName, UnitType.INPATIENT, UUID.randomUUID(), "Klinikk",
                UUID.randomUUID(), null, null, true, 0);
        return new UnitReport(unit, true, false, chart, grain, false, "report.grain.chosen." + grain, YearMonth.of(2026, 4), LocalDate.of(2024, 5, 1),
                LocalDate.of(2026, 4, 30), List.of(), null, LocalDate.of(2025, 5, 1), false, 5, null);
    }
}
