package no.sammen.journalaudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.report.ChartSvg;
import no.sammen.shared.InvalidInputException;
import no.sammen.spc.ChartPoint;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SpcResult;
import no.sammen.spc.SubgroupKey;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The chart of a measure over a unit's rounds (K8, all items together, or one item): a P chart or a run chart
 * computed by {@code spc} and drawn by the reports' {@link ChartSvg}, split into two phases at the unit's
 * implementation start when it falls inside the rounds. A provisional round is drawn as a ring and takes no
 * part in the limits or the signals (ADR 0020).
 */
@Component
class JournalAuditChart {

    /** What is charted: K8, the items together, or one item by id. */
    static final String K8 = "K8";
    static final String TOTAL = "TOTAL";

    private final MessageSource messages;

    JournalAuditChart(MessageSource messages) {
        this.messages = messages;
    }

    /** One round's numerator and denominator for the measure. */
    record Value(long numerator, long denominator) {

        Double share() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }
    }

    static Value value(RoundResultView result, String measure) {
        if (K8.equals(measure)) {
            return new Value(result.meeting(), result.audited());
        }
        if (TOTAL.equals(measure)) {
            return new Value(result.yes(), result.applicable());
        }
        return result.items().stream().filter(i -> i.itemId().equals(measure)).findFirst()
                .map(i -> new Value(i.yes(), i.applicable())).orElse(new Value(0, 0));
    }

    /** The rounds as observations, split at {@code split} when it falls after the first round and not after the last. */
    static List<Observation> observations(List<RoundResultView> rounds, String measure, LocalDate split) {
        boolean phases = phases(rounds, split);
        List<Observation> observations = new ArrayList<>();
        for (RoundResultView r : rounds) {
            Value v = value(r, measure);
            boolean missing = v.denominator() == 0;
            LocalDate start = r.round().period().start();
            observations.add(new Observation(new SubgroupKey.Date(start), missing ? null : (double) v.numerator(),
                    missing ? 0.0 : (double) v.denominator(),
                    phases ? (start.isBefore(split) ? "before" : "after") : null, r.provisional()));
        }
        return observations;
    }

    static boolean phases(List<RoundResultView> rounds, LocalDate split) {
        return split != null && !rounds.isEmpty() && split.isAfter(rounds.get(0).round().period().start())
                && !split.isAfter(rounds.get(rounds.size() - 1).round().period().start());
    }

    /**
     * The chart as SVG, or null with fewer than two rounds that have a value.
     *
     * @param chart {@code p} or {@code run}
     */
    String render(String chart, List<RoundResultView> rounds, String measure, String measureName, String unitName,
            LocalDate split, Double target, Locale locale) {
        List<Observation> observations = observations(rounds, measure, split);
        SpcResult result;
        try {
            result = SpcEngine.compute(chart, observations, null, true);
        } catch (InvalidInputException e) {
            return null;
        }
        List<ChartSvg.Point> drawn = new ArrayList<>();
        boolean runs = false;
        long sigma = 0;
        for (int i = 0; i < rounds.size(); i++) {
            RoundResultView r = rounds.get(i);
            ChartPoint p = result.points().get(i);
            boolean sigmaSignal = p.sigmaSignal() && !r.provisional();
            drawn.add(new ChartSvg.Point(label(r.round().period(), locale), p.value(), p.cl(), p.lcl(), p.ucl(),
                    sigmaSignal, p.runsSignal(), p.part(), r.provisional()));
            runs |= p.runsSignal();
            sigma += sigmaSignal ? 1 : 0;
        }
        String chartName = message("report.chart." + chart, locale);
        String title = message("journalaudit.chart.title", locale, chartName, measureName, unitName);
        String description = message("journalaudit.chart.description", locale, chartName, measureName,
                label(rounds.get(0).round().period(), locale), label(rounds.get(rounds.size() - 1).round().period(), locale),
                message(runs ? "report.chart.runsYes" : "report.chart.runsNo", locale), sigma,
                phases(rounds, split) ? message("report.chart.phases", locale,
                        split.format(java.time.format.DateTimeFormatter.ofPattern(message("format.date", locale)))) : "",
                rounds.stream().anyMatch(RoundResultView::provisional) ? message("report.chart.provisional", locale) : "");
        return ChartSvg.render("journal-audit-" + chart, drawn, target,
                new ChartSvg.Texts(title, description.strip().replaceAll("\\s+", " "),
                        target == null ? "" : message("report.chart.target", locale, Math.round(target * 100) + " %"),
                        message("report.chart.runsSignal", locale), message("report.chart.noValues", locale),
                        message("report.chart.centre", locale)));
    }

    /** The label under a point: 03.26 for a month, the quarter's short form for a quarter. */
    String label(AuditPeriod period, Locale locale) {
        if (period.kind() == PeriodKind.QUARTER) {
            return message("report.grain.quarterShort", locale, period.quarter(),
                    "%02d".formatted(period.start().getYear() % 100));
        }
        return "%02d.%02d".formatted(period.start().getMonthValue(), period.start().getYear() % 100);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
