package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void readsAMonthAQuarterAndAYearAndWritesThemBackTheSameWay() {
        ReportPeriod month = ReportPeriod.parse("2026-10", "period");
        assertThat(month).isEqualTo(new ReportPeriod(PeriodType.MONTH, LocalDate.of(2026, 10, 1)));
        assertThat(month.end()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(month.text()).isEqualTo("2026-10");
        assertThat(month.labelArguments()).containsExactly("10", "2026");

        ReportPeriod quarter = ReportPeriod.parse("2026-Q4", "period");
        assertThat(quarter).isEqualTo(new ReportPeriod(PeriodType.QUARTER, LocalDate.of(2026, 10, 1)));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(quarter.text()).isEqualTo("2026-Q4");

        ReportPeriod year = ReportPeriod.parse(" 2025 ", "period");
        assertThat(year).isEqualTo(new ReportPeriod(PeriodType.YEAR, LocalDate.of(2025, 1, 1)));
        assertThat(year.text()).isEqualTo("2025");
    }

    @Test
    void anythingElseIsRefusedOnTheNamedField() {
        for (String bad : new String[] {null, "", "2026-13", "2026-00", "2026-5", "10.2026", "2026-Q5", "2026-10-01",
                "26", "2026-q4", "0000", "0000-Q1", "1989-12"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad, "period")).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("period")));
        }
    }
}
