package no.sammen.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorDefinition.Direction;
import no.sammen.indicator.IndicatorExtras;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.K4Breakdown;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.Suppression;
import no.sammen.indicator.ShownValue;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.Role;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.spc.ChartPoint;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SpcResult;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds the unit report: which units a user may see, and each indicator's value, level and chart. */
@Service
public class UnitReportService {

    /** Months charted, ending with the latest closed month. */
    static final int MONTHS = 24;
    /** Months K4's breakdowns cover, ending with the latest closed month. */
    static final int BREAKDOWN_MONTHS = 12;

    private final IndicatorService indicators;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final Clock clock;

    UnitReportService(IndicatorService indicators, OrganisationService organisation, MessageSource messages,
            Clock clock) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    public enum Level {
        GREEN, YELLOW, RED
    }

    /** One month's counts as shown: hidden cells carry no numbers. */
    public record Row(LocalDate period, Long numerator, Long denominator, Double value, boolean hidden) {
    }

    /**
     * @param svg         the chart, or null when no month has a value to draw
     * @param emptyReason when there is no chart, why: the message key of the reason
     */
    public record IndicatorReport(IndicatorDefinition definition, String name, Row latest, Level level, String svg,
            List<Row> rows, boolean runsSignal, long sigmaSignals, String emptyReason) {
    }

    /**
     * @param own       the viewer belongs to the unit: nothing is hidden
     * @param drillDown the viewer may open the courses behind the numbers (own unit, a role that reads courses)
     */
    /**
     * @param breakdownMinimum outside one's own unit, reason and place counts below it are hidden
     *                         (null), with the next smallest when only one would be
     */
    public record UnitReport(UnitView unit, boolean own, boolean drillDown, String chart, YearMonth latestMonth,
            LocalDate from, LocalDate to, List<IndicatorReport> indicators, K4Breakdown breakdown,
            LocalDate breakdownFrom, boolean breakdownHidden, int breakdownMinimum, ReportSummary.Summary summary) {

        public List<Map.Entry<String, Long>> notInvitedReasons() {
            return shown(largestFirst(breakdown.notInvitedReasons()));
        }

        public List<Map.Entry<String, Long>> notHeldReasons() {
            return shown(largestFirst(breakdown.notHeldReasons()));
        }

        public List<Map.Entry<String, Long>> places() {
            return shown(largestFirst(breakdown.places()));
        }

        private List<Map.Entry<String, Long>> shown(List<Map.Entry<String, Long>> counts) {
            return own ? counts : hideSmall(counts, breakdownMinimum);
        }
    }

    /**
     * Counts as shown outside one's own unit: those from 1 to below the minimum become null ("færre
     * enn 5"); when only one would, the smallest other count is hidden with it, so that it cannot be
     * worked out from the total. The order is kept.
     */
    static List<Map.Entry<String, Long>> hideSmall(List<Map.Entry<String, Long>> counts, int minimum) {
        List<Map.Entry<String, Long>> shown = new ArrayList<>();
        long small = counts.stream().filter(e -> e.getValue() > 0 && e.getValue() < minimum).count();
        String partner = small != 1 ? null : counts.stream().filter(e -> e.getValue() >= minimum)
                .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        for (Map.Entry<String, Long> e : counts) {
            boolean hidden = e.getValue() > 0 && e.getValue() < minimum || e.getKey().equals(partner);
            shown.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e.getKey(), hidden ? null : e.getValue()));
        }
        return shown;
    }

    /** The counts with the largest first, ties by key, so that the tables keep one order. */
    static List<Map.Entry<String, Long>> largestFirst(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** LEADER, COORDINATOR and CLINICIAN see their own units; ANALYST sees all. */
    public List<UnitView> visibleUnits(CurrentUser user) {
        if (user.hasRole(Role.ANALYST)) {
            return organisation.units();
        }
        if (user.hasRole(Role.LEADER) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.CLINICIAN)) {
            return organisation.units(user.unitIds()).stream()
                    .sorted(Comparator.comparing(UnitView::name)).toList();
        }
        return List.of();
    }

    /**
     * @param chart {@code run} or {@code p}
     * @throws NotFoundException for a unit that does not exist or that the user may not see
     */
    public UnitReport report(CurrentUser user, UUID unitId, String chart, Locale locale) {
        UnitView unit = visibleUnits(user).stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit"));
        boolean own = user.belongsTo(unitId);
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        LocalDate from = latest.minusMonths(MONTHS - 1L).atDay(1);
        LocalDate to = latest.atEndOfMonth();

        List<IndicatorReport> reports = new ArrayList<>();
        List<ReportSummary.Line> lines = new ArrayList<>();
        Map<String, List<ShownValue>> shown = indicators.catalogShownValues(PeriodType.MONTH, from, to,
                user.unitIds());
        for (IndicatorDefinition definition : indicators.catalog()) {
            List<Row> rows = shown.get(definition.id()).stream()
                    .filter(v -> v.level() == OrgLevel.UNIT && unitId.equals(v.orgId()))
                    .sorted(Comparator.comparing(ShownValue::periodStart))
                    .map(v -> new Row(v.periodStart(), v.numerator(), v.denominator(), v.value(), v.hidden()))
                    .toList();
            reports.add(indicatorReport(definition, unit, rows, chart, locale));
            lines.add(ReportSummary.line(definition, locale, rows, unit.implementationStart(),
                    "#indicator-" + definition.id()));
        }
        LocalDate breakdownFrom = latest.minusMonths(BREAKDOWN_MONTHS - 1L).atDay(1);
        K4Breakdown breakdown = indicators.breakdown(unitId, breakdownFrom, to);
        int minimum = indicators.catalog().stream().filter(d -> d.id().startsWith("K4"))
                .mapToInt(IndicatorDefinition::minimumDenominator).max()
                .orElse((int) Suppression.DEFAULT_MINIMUM_DENOMINATOR);
        // The breakdown's totals are K4's courses, invited and held summed over its months: outside
        // one's own unit they are shown only when none of those months is hidden, or a hidden month
        // would be the total less the months shown.
        boolean monthHidden = reports.stream().filter(r -> r.definition().id().startsWith("K4"))
                .flatMap(r -> r.rows().stream())
                .anyMatch(r -> r.hidden() && !r.period().isBefore(breakdownFrom));
        boolean breakdownHidden = !own && (monthHidden
                || breakdown.courses() > 0 && breakdown.courses() < minimum);
        return new UnitReport(unit, own, IndicatorService.mayDrillInto(user, unitId), chart, latest, from, to, reports,
                breakdown, breakdownFrom, breakdownHidden, minimum,
                new ReportSummary.Summary(unit.name(), from, latest.atDay(1), lines));
    }

    /**
     * What the report shows beside an indicator over the breakdown's months (ADR 0021).
     *
     * @param extras the counts; null when they are hidden
     * @param hidden outside one's own unit, the counts are hidden when their denominator is below the
     *               indicator's minimum or one of their months is hidden (it could be worked out)
     */
    public record IndicatorNote(IndicatorDefinition definition, IndicatorExtras extras, boolean hidden) {
    }

    /**
     * Per indicator id, the courses of the report's unit counted only because their exclusion was
     * registered after the window closed, and the indicator's breakdowns (K1: contacted on day 0; a
     * letter given, an attempt), over the same months as K4's breakdowns.
     */
    public Map<String, IndicatorNote> notes(UnitReport report) {
        Map<String, IndicatorNote> notes = new java.util.LinkedHashMap<>();
        for (IndicatorReport indicator : report.indicators()) {
            IndicatorDefinition definition = indicator.definition();
            if (definition.breakdowns().isEmpty() && (definition.exclusions().isEmpty()
                    || definition.exclusionsCount() != IndicatorDefinition.ExclusionTiming.REGISTERED_IN_WINDOW)) {
                continue;
            }
            IndicatorExtras extras = indicators.extras(definition, report.unit().id(), report.breakdownFrom(),
                    report.to());
            boolean monthHidden = indicator.rows().stream()
                    .anyMatch(r -> r.hidden() && !r.period().isBefore(report.breakdownFrom()));
            boolean hidden = !report.own() && (monthHidden
                    || extras.denominator() > 0 && extras.denominator() < definition.minimumDenominator());
            notes.put(definition.id(), new IndicatorNote(definition, hidden ? null : extras, hidden));
        }
        return notes;
    }

    /** The version of the indicator catalog the report is counted under. */
    public int catalogVersion() {
        return indicators.catalogVersion();
    }

    /** Green from the green level, yellow from the yellow level, otherwise red; null without a value. */
    static Level level(IndicatorDefinition definition, Double value) {
        if (value == null) {
            return null;
        }
        boolean higher = definition.direction() == Direction.HIGHER_IS_BETTER;
        if (higher ? value >= definition.greenLevel() : value <= definition.greenLevel()) {
            return Level.GREEN;
        }
        if (higher ? value >= definition.yellowLevel() : value <= definition.yellowLevel()) {
            return Level.YELLOW;
        }
        return Level.RED;
    }

    private IndicatorReport indicatorReport(IndicatorDefinition definition, UnitView unit, List<Row> rows,
            String chart, Locale locale) {
        String name = definition.name(locale);
        Row latest = rows.get(rows.size() - 1);
        LocalDate split = unit.implementationStart();
        boolean phases = split != null && split.isAfter(rows.get(0).period())
                && !split.isAfter(rows.get(rows.size() - 1).period());
        List<Observation> observations = ReportSummary.observations(rows, split);
        SpcResult result;
        try {
            result = SpcEngine.compute(chart, observations, null, true);
        } catch (InvalidInputException e) {
            result = null;
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM.yy");
        List<ChartSvg.Point> points = new ArrayList<>();
        boolean runs = false;
        long sigma = 0;
        for (int i = 0; i < rows.size(); i++) {
            String label = rows.get(i).period().format(month);
            if (result == null) {
                points.add(new ChartSvg.Point(label, rows.get(i).value(), null, null, null, false, false,
                        observations.get(i).part()));
                continue;
            }
            ChartPoint p = result.points().get(i);
            points.add(new ChartSvg.Point(label, p.value(), p.cl(), p.lcl(), p.ucl(), p.sigmaSignal(),
                    p.runsSignal(), p.part()));
            runs |= p.runsSignal();
            sigma += p.sigmaSignal() ? 1 : 0;
        }
        String chartName = message("report.chart." + chart, locale);
        String title = message("report.chart.title", locale, chartName, name, unit.name());
        String description = message("report.chart.description", locale, chartName, name,
                rows.get(0).period().format(month), latest.period().format(month), percent(definition.greenLevel()),
                message(runs ? "report.chart.runsYes" : "report.chart.runsNo", locale), sigma,
                phases ? message("report.chart.phases", locale, split.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                        : "");
        boolean anyValue = rows.stream().anyMatch(r -> r.value() != null);
        String emptyReason = anyValue ? null
                : rows.stream().anyMatch(Row::hidden) ? "report.chart.empty.hidden" : "report.chart.empty.noCourses";
        String svg = !anyValue ? null : ChartSvg.render("chart-" + definition.id(), points, definition.greenLevel(),
                new ChartSvg.Texts(title, description.strip(),
                        message("report.chart.target", locale, percent(definition.greenLevel())),
                        message("report.chart.runsSignal", locale), message("report.chart.noValues", locale),
                        message("report.chart.centre", locale)));
        Level level = latest.hidden() || latest.denominator() < definition.minimumDenominator() ? null
                : level(definition, latest.value());
        return new IndicatorReport(definition, name, latest, level, svg, rows, runs, sigma, emptyReason);
    }

    static String percent(double value) {
        return Math.round(value * 100) + " %";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
