package no.sammen.imr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.spc.ChartPoint;
import no.sammen.spc.SpcResult;

import org.junit.jupiter.api.Test;

/**
 * The IMR board's chart: the month in progress is provisional (hollow, out of the median and the
 * runs rules), the goal line lies over the goal period's months only, numbers are written in the
 * reader's locale, and the goal is met only when each part is.
 */
class ImrBoardChartTest {

    static final YearMonth NOW = YearMonth.of(2026, 3);

    static List<ImrMonthCount> months(int... totals) {
        List<ImrMonthCount> months = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            months.add(new ImrMonthCount(NOW.minusMonths(totals.length - 1L - i), totals[i], 0));
        }
        return months;
    }

    static ImrUnitSettingsView goal(LocalDate from, LocalDate to, Integer individual, Integer group) {
        return new ImrUnitSettingsView(UUID.randomUUID(), "Poliklinikken", null, from, to, individual, group, 1);
    }

    @Test
    void theMonthInProgressIsLeftOutOfTheMedianAndDrawnHollow() {
        SpcResult chart = ImrBoardController.runChart(months(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 12, 1),
                NOW);
        ChartPoint last = chart.points().get(chart.points().size() - 1);
        assertThat(last.included()).isFalse();
        assertThat(chart.points().get(0).cl()).as("the median of the finished months").isEqualTo(12.0);
        String svg = ImrChartSvg.render("c", chart, null, new ImrChartSvg.Texts("t", "d", "", "m", "r",
                java.util.Collections.nCopies(12, "x"), Locale.forLanguageTag("nb")));
        assertThat(svg).containsOnlyOnce("class=\"point provisional\"");
    }

    @Test
    void theGoalLineLiesOverTheGoalPeriodsMonthsOnly() {
        List<ImrMonthCount> shown = months(1, 2, 3, 4, 5, 6);
        ImrChartSvg.GoalLine line = ImrBoardController.goalLine(
                goal(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 150, 50), shown);
        assertThat(line.first()).isEqualTo(3);
        assertThat(line.last()).isEqualTo(5);
        assertThat(line.perMonth()).isEqualTo(16.7);
        assertThat(ImrBoardController.goalLine(goal(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 10, null),
                shown)).isNull();
    }

    @Test
    void numbersShownUseTheLocalesDecimalSeparator() {
        assertThat(ImrChartSvg.fmt(16.7, Locale.forLanguageTag("nb"))).isEqualTo("16,7");
        assertThat(ImrChartSvg.fmt(16.7, Locale.forLanguageTag("nn"))).isEqualTo("16,7");
        assertThat(ImrChartSvg.fmt(16.7, Locale.ENGLISH)).isEqualTo("16.7");
        assertThat(ImrChartSvg.fmt(200, Locale.forLanguageTag("nb"))).isEqualTo("200");
    }

    @Test
    void individualSessionsBeyondTheirPartDoNotMeetTheGroupPart() {
        ImrUnitSettingsView s = goal(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 150, 50);
        ImrGoalProgress progress = new ImrGoalProgress(s, 220, 0);
        assertThat(progress.met()).isFalse();
        assertThat(progress.countedTowardsGoal()).isEqualTo(150);
        assertThat(new ImrGoalProgress(s, 150, 50).met()).isTrue();
    }
}
