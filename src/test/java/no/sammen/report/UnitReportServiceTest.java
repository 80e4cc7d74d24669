package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorDefinition.Direction;
import no.sammen.report.UnitReportService.Level;

import org.junit.jupiter.api.Test;

class UnitReportServiceTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    @Test
    void smallBreakdownCountsAreHiddenWithAPartnerWhenAloneAndTheOrderIsKept() {
        List<Map.Entry<String, Long>> counts = List.of(Map.entry("A", 12L), Map.entry("B", 7L), Map.entry("C", 3L));
        assertThat(UnitReportService.hideSmall(counts, 5)).extracting(Map.Entry::getValue)
                .containsExactly(12L, null, null);
        List<Map.Entry<String, Long>> two = List.of(Map.entry("A", 12L), Map.entry("B", 2L), Map.entry("C", 1L));
        assertThat(UnitReportService.hideSmall(two, 5)).extracting(Map.Entry::getValue)
                .containsExactly(12L, null, null);
        assertThat(UnitReportService.hideSmall(List.of(Map.entry("A", 5L)), 5)).extracting(Map.Entry::getValue)
                .containsExactly(5L);
    }

    @Test
    void levelFollowsTheDirectionAndTheCatalogLevels() {
        IndicatorDefinition higher = definition(Direction.HIGHER_IS_BETTER, 0.8, 0.6);
        assertThat(UnitReportService.level(higher, 0.8)).isEqualTo(Level.GREEN);
        assertThat(UnitReportService.level(higher, 0.79)).isEqualTo(Level.YELLOW);
        assertThat(UnitReportService.level(higher, 0.6)).isEqualTo(Level.YELLOW);
        assertThat(UnitReportService.level(higher, 0.59)).isEqualTo(Level.RED);
        assertThat(UnitReportService.level(higher, null)).isNull();
        IndicatorDefinition lower = definition(Direction.LOWER_IS_BETTER, 0.1, 0.2);
        assertThat(UnitReportService.level(lower, 0.1)).isEqualTo(Level.GREEN);
        assertThat(UnitReportService.level(lower, 0.2)).isEqualTo(Level.YELLOW);
        assertThat(UnitReportService.level(lower, 0.21)).isEqualTo(Level.RED);
    }

    private static IndicatorDefinition definition(Direction direction, double green, double yellow) {
        return new IndicatorDefinition("X", 1, Map.of("nb", "X", "nn", "X", "en", "X"),
                IndicatorDefinition.Population.ALL_COURSES, "all", IndicatorDefinition.PeriodDate.START, null, "n",
                "d", List.of(), direction, green, yellow, 5, "run");
    }

    @Test
    void breakdownCountsAreListedLargestFirstThenByKey() {
        assertThat(UnitReportService.largestFirst(Map.of("OTHER", 1L, "VIDEO", 3L, "UNIT", 1L)))
                .containsExactly(Map.entry("VIDEO", 3L), Map.entry("OTHER", 1L), Map.entry("UNIT", 1L));
    }
}
