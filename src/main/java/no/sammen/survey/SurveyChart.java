package no.sammen.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * One item's favourable share over a unit's rounds as a P chart or a run chart, computed by {@code spc} and drawn
 * by the reports' {@link ChartSvg}, split at the unit's implementation start when it falls among the rounds. A
 * round whose figure is hidden is a gap; a round still open is a ring and takes no part in the limits or signals.
 */
@Component
class SurveyChart {

    private final MessageSource messages;

    SurveyChart(MessageSource messages) {
        this.messages = messages;
    }

    static List<Observation> observations(List<RoundResultView> rounds, String itemId, LocalDate split) {
        boolean phases = phases(rounds, split);
        List<Observation> observations = new ArrayList<>();
        for (RoundResultView r : rounds) {
            ItemResultView item = r.item(itemId);
            boolean missing = item == null || item.hidden() || item.counted() == null || item.counted() == 0;
            LocalDate start = r.round().opensOn();
            observations.add(new Observation(new SubgroupKey.Date(start), missing ? null : (double) item.favourable(),
                    missing ? 0.0 : (double) item.counted(),
                    phases ? (start.isBefore(split) ? "before" : "after") : null, r.inProgress()));
        }
        return observations;
    }

    static boolean phases(List<RoundResultView> rounds, LocalDate split) {
        return split != null && !rounds.isEmpty() && split.isAfter(rounds.get(0).round().opensOn())
                && !split.isAfter(rounds.get(rounds.size() - 1).round().opensOn());
    }

    /** The chart as SVG, or null when it cannot be drawn (fewer than two rounds with a figure). */
    String render(String chart, List<RoundResultView> rounds, String itemId, String itemText, String unitName,
            LocalDate split, Locale locale) {
        if (rounds.stream().filter(r -> {
            ItemResultView i = r.item(itemId);
            return i != null && !i.hidden() && i.counted() != null && i.counted() > 0;
        }).count() < 2) {
            return null;
        }
        SpcResult result;
        try {
            result = SpcEngine.compute(chart, observations(rounds, itemId, split), null, true);
        } catch (InvalidInputException e) {
            return null;
        }
        List<ChartSvg.Point> drawn = new ArrayList<>();
        boolean runs = false;
        long sigma = 0;
        for (int i = 0; i < rounds.size(); i++) {
            RoundResultView r = rounds.get(i);
            ChartPoint p = result.points().get(i);
            boolean sigmaSignal = p.sigmaSignal() && !r.inProgress();
            drawn.add(new ChartSvg.Point(label(r.round().opensOn()), p.value(), p.cl(), p.lcl(), p.ucl(), sigmaSignal,
                    p.runsSignal(), p.part(), r.inProgress()));
            runs |= p.runsSignal();
            sigma += sigmaSignal ? 1 : 0;
        }
        String chartName = message("report.chart." + chart, locale);
        String title = message("survey.chart.title", locale, chartName, itemText, unitName);
        String description = message("survey.chart.description", locale, chartName, itemText,
                label(rounds.get(0).round().opensOn()), label(rounds.get(rounds.size() - 1).round().opensOn()),
                message(runs ? "report.chart.runsYes" : "report.chart.runsNo", locale), sigma,
                phases(rounds, split) ? message("report.chart.phases", locale,
                        split.format(DateTimeFormatter.ofPattern(message("format.date", locale)))) : "",
                rounds.stream().anyMatch(RoundResultView::inProgress) ? message("survey.chart.inProgress", locale) : "");
        return ChartSvg.render("survey-" + chart + "-" + itemId, drawn, null,
                new ChartSvg.Texts(title, description.strip().replaceAll("\\s+", " "), "",
                        message("report.chart.runsSignal", locale), message("report.chart.noValues", locale),
                        message("report.chart.centre", locale)));
    }

    /** The label under a point: the month the round opened, 03.26. */
    static String label(LocalDate opensOn) {
        return "%02d.%02d".formatted(opensOn.getMonthValue(), opensOn.getYear() % 100);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
