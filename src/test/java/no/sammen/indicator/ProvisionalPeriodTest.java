package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A period is provisional until the window of its last day has closed (ADR 0020). */
class ProvisionalPeriodTest {

    private static final LocalDate OCTOBER_END = LocalDate.of(2026, 10, 31);

    @Test
    void aPeriodWithAWindowIsFinalOnceTheWindowOfItsLastDayHasClosed() {
        IndicatorDefinition k2 = definition(42, IndicatorDefinition.PeriodDate.START);
        // A course of 31 October has its window open through 12 December: counted as not met from the 13th.
        assertThat(k2.provisional(OCTOBER_END, LocalDate.of(2026, 12, 12))).isTrue();
        assertThat(k2.provisional(OCTOBER_END, LocalDate.of(2026, 12, 13))).isFalse();
    }

    @Test
    void aPeriodWithoutAWindowIsFinalOnceItHasEnded() {
        IndicatorDefinition k3 = definition(null, IndicatorDefinition.PeriodDate.END);
        assertThat(k3.provisional(OCTOBER_END, OCTOBER_END)).isTrue();
        assertThat(k3.provisional(OCTOBER_END, OCTOBER_END.plusDays(1))).isFalse();
    }

    private static IndicatorDefinition definition(Integer windowDays, IndicatorDefinition.PeriodDate periodDate) {
        return new IndicatorDefinition("KX", 1, Map.of("nb", "X"), IndicatorDefinition.Population.PSYCHOSIS, "P",
                periodDate, windowDays, "n", "d", List.of(), IndicatorDefinition.Direction.HIGHER_IS_BETTER, 0.9,
                0.7, 5, "run");
    }
}
