package no.sammen.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorDefinition.Direction;
import no.sammen.indicator.PeriodType;
import no.sammen.report.UnitReportService.Level;
import no.sammen.report.UnitReportService.Row;
import no.sammen.shared.InvalidInputException;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SubgroupKey;
import no.sammen.spc.VariationAssurance;
import no.sammen.spc.VariationAssurance.Assurance;
import no.sammen.spc.VariationAssurance.Judgement;
import no.sammen.spc.VariationAssurance.Variation;

/**
 * The summary at the top of a report: one line per indicator with its latest value, a trend line and
 * the variation and assurance of its P chart (ADR 0017). Plain Java, no Spring.
 */
public final class ReportSummary {

    /**
     * One indicator's line.
     *
     * @param latest    the latest period that is not provisional (ADR 0020), or null when none is
     * @param level     null when hidden, without a value, or when the denominator is below the indicator's minimum
     * @param sparkline the trend as SVG, hidden from assistive technology (the text is in the other cells);
     *                  null without values
     * @param href      where the indicator's chart is
     */
    public record Line(IndicatorDefinition definition, String name, Row latest, Level level, Variation variation,
            Assurance assurance, String sparkline, String href, boolean inUse, Double goal) {

        public Line(IndicatorDefinition definition, String name, Row latest, Level level, Variation variation,
                Assurance assurance, String sparkline, String href) {
            this(definition, name, latest, level, variation, assurance, sparkline, href, true, null);
        }

        /** A count (ADR 0032): its value is "x økter", judged on a C chart against the unit's goal. */
        public boolean count() {
            return definition.isCount();
        }

        public boolean higherIsBetter() {
            return definition.direction() == Direction.HIGHER_IS_BETTER;
        }

        /** The arrow of a special cause points the way the values moved. */
        public boolean valuesRose() {
            return (variation == Variation.IMPROVING) == higherIsBetter();
        }
    }

    /**
     * @param title what the summary is of: a unit, a clinic or the region
     * @param grain the periods of the trends and values: months or quarters (ADR 0020)
     * @param from  the first day of the trends
     * @param to    the last day of the trends
     */
    public record Summary(String title, PeriodType grain, LocalDate from, LocalDate to, List<Line> lines) {
    }

    private ReportSummary() {
    }

    /**
     * @param rows  the indicator's periods as the viewer may see them, oldest first; at least one
     * @param split the date from which a new phase starts (the implementation start), or null
     */
    static Line line(IndicatorDefinition definition, Locale locale, List<Row> rows, LocalDate split, String href) {
        Row latest = ReportGrain.latestFinal(rows);
        Judgement judgement;
        try {
            // Provisional periods are missing values here: they would judge a process by values that may fall.
            judgement = VariationAssurance.judge(SpcEngine.compute("p", observations(rows, split, false), null, true),
                    definition.direction() == Direction.HIGHER_IS_BETTER, definition.greenLevel());
        } catch (InvalidInputException e) {
            judgement = new Judgement(Variation.NONE, Assurance.NONE);
        }
        boolean enough = latest != null && !latest.hidden() && latest.denominator() != null
                && latest.denominator() >= definition.minimumDenominator();
        Level level = enough ? UnitReportService.level(definition, latest.value()) : null;
        // The trend ends with the latest final value, as the value beside it does.
        List<Double> values = rows.stream().map(r -> r.provisional() ? null : r.value()).toList();
        String sparkline = values.stream().allMatch(v -> v == null) ? null
                : SummarySvg.sparkline(values, definition.greenLevel());
        return new Line(definition, definition.name(locale), latest, level, judgement.variation(),
                judgement.assurance(), sparkline, href);
    }

    /**
     * A count indicator's line (ADR 0032): the latest final count, the trend, and the variation and assurance of
     * its C chart; assurance against {@code goal}, the unit's goal for the latest final period, or none.
     *
     * @param rows  the periods, oldest first; a period before the count was in use has no value
     * @param inUse whether the count is in use in any of the periods: otherwise the line says «not in use»
     */
    static Line countLine(IndicatorDefinition definition, Locale locale, List<Row> rows, boolean inUse, Double goal,
            String href) {
        Row latest = ReportGrain.latestFinal(rows);
        Judgement judgement;
        try {
            judgement = VariationAssurance.judge(SpcEngine.compute("c", countObservations(rows, false), null, false),
                    definition.direction() == Direction.HIGHER_IS_BETTER, goal);
        } catch (InvalidInputException e) {
            judgement = new Judgement(Variation.NONE, Assurance.NONE);
        }
        List<Double> values = rows.stream().map(r -> r.provisional() ? null : r.value()).toList();
        double top = Math.max(goal == null ? 0 : goal, values.stream().filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        String sparkline = !inUse || values.stream().allMatch(v -> v == null) || top == 0 ? null
                : SummarySvg.sparkline(values.stream().map(v -> v == null ? null : v / top).toList(),
                        goal == null ? null : goal / top);
        return new Line(definition, definition.name(locale), inUse ? latest : null, null, judgement.variation(),
                judgement.assurance(), sparkline, href, inUse, goal);
    }

    /**
     * Counts as observations of a C chart: a period before the count was in use is a missing value; a
     * provisional one is drawn but excluded from the limits and runs when {@code drawProvisional}, otherwise
     * missing (ADR 0020).
     */
    static List<Observation> countObservations(List<Row> rows, boolean drawProvisional) {
        List<Observation> observations = new ArrayList<>();
        for (Row r : rows) {
            boolean missing = r.value() == null || r.provisional() && !drawProvisional;
            observations.add(new Observation(new SubgroupKey.Date(r.period()), missing ? null : r.value(), null, null,
                    r.provisional()));
        }
        return observations;
    }

    /**
     * The periods as observations of a chart, split into phases at {@code split} when it falls
     * inside them; hidden periods and periods without courses are missing values. A provisional
     * period is drawn but excluded from the limits and the runs analysis when {@code drawProvisional},
     * otherwise missing (ADR 0020).
     */
    static List<Observation> observations(List<Row> rows, LocalDate split, boolean drawProvisional) {
        boolean phases = split != null && split.isAfter(rows.get(0).period())
                && !split.isAfter(rows.get(rows.size() - 1).period());
        List<Observation> observations = new ArrayList<>();
        for (Row r : rows) {
            boolean missing = r.hidden() || r.denominator() == null || r.denominator() == 0
                    || r.provisional() && !drawProvisional;
            observations.add(new Observation(new SubgroupKey.Date(r.period()),
                    missing ? null : r.numerator().doubleValue(), missing ? 0.0 : r.denominator().doubleValue(),
                    phases ? (r.period().isBefore(split) ? "before" : "after") : null, r.provisional()));
        }
        return observations;
    }
}
