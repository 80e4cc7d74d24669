package no.sammen.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.CountValue;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorDefinition.Direction;
import no.sammen.indicator.IndicatorExtras;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.K4Breakdown;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.ReportPeriod;
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

    /** Months charted at the monthly grain, ending with the latest closed month. */
    static final int MONTHS = ReportGrain.MONTHS;
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

    /**
     * One period's counts as shown: hidden cells carry no numbers.
     *
     * @param period      the first day of the month or quarter
     * @param hiddenSmall hidden because its denominator is below the minimum, not to protect another value
     * @param provisional a window of a course in the period is still open (ADR 0020)
     * @param label       the period in words (10.2026, 4. kvartal 2026)
     * @param address     the period as written in an address (2026-10, 2026-Q4)
     */
    public record Row(LocalDate period, Long numerator, Long denominator, Double value, boolean hidden,
            boolean hiddenSmall, boolean provisional, String label, String address) {

        /** A final month. */
        public Row(LocalDate period, Long numerator, Long denominator, Double value, boolean hidden) {
            this(period, numerator, denominator, value, hidden, hidden, false,
                    period.format(DateTimeFormatter.ofPattern("MM.yyyy")),
                    new ReportPeriod(PeriodType.MONTH, period).text());
        }

        /** What a hidden value says: "færre enn 5" when its denominator is small, otherwise "skjult". */
        public String hiddenKey() {
            return hiddenSmall ? "report.table.hidden" : "report.compare.hiddenToProtect";
        }
    }

    /**
     * @param latest      the latest period that is not provisional (ADR 0020), or null when none is
     * @param provisional the last period when it is provisional and has courses, shown marked beside the latest
     *                    final one; otherwise null
     * @param level       the latest final value's level, null below the minimum denominator
     * @param svg         the chart, or null when no period has a value to draw
     * @param emptyReason when there is no chart, why: the message key of the reason
     */
    public record IndicatorReport(IndicatorDefinition definition, String name, Row latest, Row provisional,
            Level level, String svg, List<Row> rows, boolean runsSignal, long sigmaSignals, String emptyReason) {
    }

    /**
     * A count indicator in the unit report (ADR 0032): its periods as rows (the count in {@code numerator} and
     * {@code value}, no denominator; no value before the count was in use), its C chart or run chart.
     *
     * @param inUse whether the count is in use at the unit in any period charted; otherwise «not in use»
     * @param goal  the unit's goal for the latest final period, or null (no goal: assurance not assessed)
     */
    public record CountReport(IndicatorDefinition definition, String name, boolean inUse, Row latest, Row provisional,
            Double goal, String svg, List<Row> rows, boolean runsSignal, long sigmaSignals, String chart) {
    }

    /**
     * @param own              the viewer belongs to the unit: nothing is hidden
     * @param drillDown        the viewer may open the courses behind the numbers (own unit, a role that reads
     *                         courses)
     * @param grain            months or quarters (ADR 0020)
     * @param chosenGrain      the grain was asked for; otherwise it is the one the data chose
     * @param grainNoteKey     the message that says why the data chose the grain it did
     * @param from             the first day of the first period charted
     * @param to               the last day of the last period charted
     * @param breakdownMinimum outside one's own unit, reason and place counts below it are hidden
     *                         (null), with the next smallest when only one would be
     */
    public record UnitReport(UnitView unit, boolean own, boolean drillDown, String chart, PeriodType grain,
            boolean chosenGrain, String grainNoteKey, YearMonth latestMonth, LocalDate from, LocalDate to, List<IndicatorReport> indicators,
            K4Breakdown breakdown, LocalDate breakdownFrom, boolean breakdownHidden, int breakdownMinimum,
            ReportSummary.Summary summary, List<CountReport> counts) {

        /** A report without count indicators. */
        public UnitReport(UnitView unit, boolean own, boolean drillDown, String chart, PeriodType grain,
                boolean chosenGrain, String grainNoteKey, YearMonth latestMonth, LocalDate from, LocalDate to,
                List<IndicatorReport> indicators, K4Breakdown breakdown, LocalDate breakdownFrom,
                boolean breakdownHidden, int breakdownMinimum, ReportSummary.Summary summary) {
            this(unit, own, drillDown, chart, grain, chosenGrain, grainNoteKey, latestMonth, from, to, indicators,
                    breakdown, breakdownFrom, breakdownHidden, breakdownMinimum, summary, List.of());
        }

        /** The grain as written in an address: {@code month} or {@code quarter}. */
        public String grainParam() {
            return ReportGrain.param(grain);
        }

        /** The first period charted, in words. */
        public String firstLabel() {
            return indicators.get(0).rows().get(0).label();
        }

        /** The last period charted, in words. */
        public String lastLabel() {
            List<Row> rows = indicators.get(0).rows();
            return rows.get(rows.size() - 1).label();
        }

        /** Whether any indicator has a provisional period charted: the page then explains the mark. */
        public boolean anyProvisional() {
            return indicators.stream().anyMatch(i -> i.rows().stream().anyMatch(Row::provisional));
        }

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
     * @param grain months or quarters, or null for the grain the data chooses for this viewer (ADR 0020)
     * @throws NotFoundException for a unit that does not exist or that the user may not see
     */
    public UnitReport report(CurrentUser user, UUID unitId, String chart, PeriodType grain, Locale locale) {
        UnitView unit = visibleUnits(user).stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit"));
        boolean own = user.belongsTo(unitId);
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        Map<String, List<ShownValue>> shown = indicators.catalogShownValues(ReportGrain.TYPES,
                ReportGrain.earliest(latest), ReportGrain.latestDay(latest), user.unitIds());
        Map<String, List<Row>> months = new LinkedHashMap<>();
        for (IndicatorDefinition definition : indicators.catalog()) {
            months.put(definition.id(), ReportGrain.rows(shown.get(definition.id()), OrgLevel.UNIT, unitId,
                    PeriodType.MONTH, latest, messages, locale));
        }
        ReportGrain.Choice choice = ReportGrain.choose(months.values(), unit.implementationStart(), latest);
        PeriodType chosen = grain != null ? grain : choice.grain();
        LocalDate from = ReportGrain.from(chosen, latest);
        LocalDate to = ReportGrain.to(chosen, latest);

        // K8 and K9, told by their modules (ADR 0038), follow the grain the course indicators choose.
        shown = new LinkedHashMap<>(shown);
        shown.putAll(indicators.contributedShownValues(ReportGrain.TYPES, ReportGrain.earliest(latest),
                ReportGrain.latestDay(latest), user.unitIds()));
        List<IndicatorReport> reports = new ArrayList<>();
        List<ReportSummary.Line> lines = new ArrayList<>();
        for (IndicatorDefinition definition : proportions(indicators)) {
            List<Row> rows = chosen == PeriodType.MONTH && months.containsKey(definition.id())
                    ? months.get(definition.id())
                    : ReportGrain.rows(shown.get(definition.id()), OrgLevel.UNIT, unitId, chosen, latest, messages,
                            locale);
            reports.add(indicatorReport(definition, unit, rows, chart, chosen, locale));
            lines.add(ReportSummary.line(definition, locale, rows, unit.implementationStart(),
                    "#indicator-" + definition.id()));
        }
        Map<String, List<CountValue>> countValues = indicators.catalogCountValues(ReportGrain.TYPES,
                ReportGrain.earliest(latest), ReportGrain.latestDay(latest));
        List<CountReport> counts = new ArrayList<>();
        for (IndicatorDefinition definition : indicators.countIndicators()) {
            List<CountValue> values = countValues(countValues.get(definition.id()), OrgLevel.UNIT, unitId, chosen,
                    latest);
            List<Row> rows = countRows(values, chosen, messages, locale);
            Double goal = latestFinalGoal(values);
            boolean inUse = values.stream().anyMatch(CountValue::inUse);
            counts.add(countReport(definition, unit, rows, inUse, goal, chart, chosen, locale));
            lines.add(ReportSummary.countLine(definition, locale, rows, inUse, goal, "#indicator-" + definition.id()));
        }
        LocalDate breakdownFrom = latest.minusMonths(BREAKDOWN_MONTHS - 1L).atDay(1);
        LocalDate breakdownTo = latest.atEndOfMonth();
        K4Breakdown breakdown = indicators.breakdown(unitId, breakdownFrom, breakdownTo);
        int minimum = indicators.catalog().stream().filter(d -> d.id().startsWith("K4"))
                .mapToInt(IndicatorDefinition::minimumDenominator).max()
                .orElse((int) Suppression.DEFAULT_MINIMUM_DENOMINATOR);
        // The breakdown's totals are K4's courses, invited and held summed over its months: outside
        // one's own unit they are shown only when none of those months is hidden, or a hidden month
        // would be the total less the months shown. Months whatever the grain: the viewer may switch.
        boolean monthHidden = months.entrySet().stream().filter(e -> e.getKey().startsWith("K4"))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(r -> r.hidden() && !r.period().isBefore(breakdownFrom));
        boolean breakdownHidden = !own && (monthHidden
                || breakdown.courses() > 0 && breakdown.courses() < minimum);
        return new UnitReport(unit, own, IndicatorService.mayDrillInto(user, unitId), chart, chosen, grain != null,
                choice.noteKey(),
                latest, from, to, reports, breakdown, breakdownFrom, breakdownHidden, minimum,
                new ReportSummary.Summary(unit.name(), chosen, from, to, lines), counts);
    }

    /**
     * The proportions a report shows, in catalog order: those counted from the course facts and those the modules
     * tell (K8, K9; ADR 0038).
     */
    static List<IndicatorDefinition> proportions(IndicatorService indicators) {
        return indicators.catalog(null).stream().filter(d -> !d.isCount()).toList();
    }

    /** One part of the organisation's count values at the grain, over the periods the report charts, oldest first. */
    static List<CountValue> countValues(List<CountValue> values, OrgLevel level, UUID orgId, PeriodType grain,
            YearMonth latest) {
        LocalDate from = ReportGrain.from(grain, latest);
        LocalDate to = ReportGrain.to(grain, latest);
        return values.stream()
                .filter(v -> v.level() == level && java.util.Objects.equals(v.orgId(), orgId) && v.periodType() == grain)
                .filter(v -> !v.periodStart().isBefore(from) && !v.periodStart().isAfter(to))
                .sorted(Comparator.comparing(CountValue::periodStart)).toList();
    }

    /** Count values as rows: the count as numerator and value, no denominator; no value where not in use. */
    static List<Row> countRows(List<CountValue> values, PeriodType grain, MessageSource messages, Locale locale) {
        return values.stream().map(v -> {
            ReportPeriod period = new ReportPeriod(grain, v.periodStart());
            return new Row(v.periodStart(), v.inUse() ? v.count() : null, null, v.inUse() ? (double) v.count() : null,
                    false, false, v.provisional(), messages.getMessage("report.courses.period." + grain,
                            period.labelArguments(), locale), period.text());
        }).toList();
    }

    /** The unit's goal for the latest final period, or null. */
    static Double latestFinalGoal(List<CountValue> values) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (!values.get(i).provisional()) {
                return values.get(i).goal();
            }
        }
        return null;
    }

    /**
     * A count's chart: a C chart (c̄ ± 3√c̄, the default) or a run chart, as the page's switch says; the months
     * before the count was in use are missing, a provisional period is drawn as a ring and left out of the
     * centre line, limits and runs (ADR 0020); the goal of the latest final period is the target line.
     */
    private CountReport countReport(IndicatorDefinition definition, UnitView unit, List<Row> rows, boolean inUse,
            Double goal, String chart, PeriodType grain, Locale locale) {
        String name = definition.name(locale);
        Row latest = ReportGrain.latestFinal(rows);
        Row last = rows.get(rows.size() - 1);
        Row provisional = last.provisional() && last.value() != null ? last : null;
        String code = "run".equals(chart) ? "run" : "c";
        if (!inUse || rows.stream().allMatch(r -> r.value() == null)) {
            return new CountReport(definition, name, inUse, latest, provisional, goal, null, rows, false, 0, code);
        }
        SpcResult result = SpcEngine.compute(code, ReportSummary.countObservations(rows, true), null, false);
        List<ChartSvg.Point> drawn = new ArrayList<>();
        boolean runs = false;
        long sigma = 0;
        double top = goal == null ? 0 : goal;
        for (int i = 0; i < rows.size(); i++) {
            ChartPoint p = result.points().get(i);
            boolean sigmaSignal = p.sigmaSignal() && !rows.get(i).provisional();
            drawn.add(new ChartSvg.Point(shortLabel(rows.get(i), grain, locale), p.value(), p.cl(), p.lcl(), p.ucl(),
                    sigmaSignal, p.runsSignal(), null, rows.get(i).provisional()));
            runs |= p.runsSignal();
            sigma += sigmaSignal ? 1 : 0;
            for (Double v : new Double[] {p.value(), p.ucl()}) {
                top = v != null && Double.isFinite(v) ? Math.max(top, v) : top;
            }
        }
        Double centre = result.points().stream().filter(ChartPoint::included).map(ChartPoint::cl)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String chartName = message("report.chart." + code, locale);
        String description = message("report.count.chart.description", locale, chartName, name, unit.name(),
                rows.get(0).label(), rows.get(rows.size() - 1).label(),
                centre == null ? "-" : ChartSvg.count(centre),
                goal == null ? message("report.count.noGoal", locale) : message("report.count.goal", locale,
                        ChartSvg.count(goal)),
                message(runs ? "report.chart.runsYes" : "report.chart.runsNo", locale), sigma,
                rows.stream().anyMatch(Row::provisional) ? message("report.chart.provisional", locale) : "");
        String svg = ChartSvg.render("chart-" + definition.id(), drawn, goal,
                new ChartSvg.Texts(message("report.chart.title", locale, chartName, name, unit.name()),
                        description.strip().replaceAll("\\s+", " "),
                        goal == null ? "" : message("report.count.goal", locale, ChartSvg.count(goal)),
                        message("report.chart.runsSignal", locale), message("report.chart.noValues", locale),
                        message("run".equals(code) ? "report.count.median" : "report.count.centre", locale)),
                top);
        return new CountReport(definition, name, true, latest, provisional, goal, svg, rows, runs, sigma, code);
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
            String chart, PeriodType grain, Locale locale) {
        String name = definition.name(locale);
        Row latest = ReportGrain.latestFinal(rows);
        Row last = rows.get(rows.size() - 1);
        Row provisional = last.provisional() && (last.hidden() || last.denominator() > 0) ? last : null;
        LocalDate split = unit.implementationStart();
        boolean phases = split != null && split.isAfter(rows.get(0).period())
                && !split.isAfter(rows.get(rows.size() - 1).period());
        // Provisional periods are drawn against the limits but take no part in them or in the runs analysis.
        List<Observation> observations = ReportSummary.observations(rows, split, true);
        SpcResult result;
        try {
            result = SpcEngine.compute(chart, observations, null, true);
        } catch (InvalidInputException e) {
            result = null;
        }
        List<ChartPoint> points = result == null ? null : result.points();
        List<ChartSvg.Point> drawn = new ArrayList<>();
        boolean runs = false;
        long sigma = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String label = shortLabel(row, grain, locale);
            if (points == null) {
                drawn.add(new ChartSvg.Point(label, row.value(), null, null, null, false, false,
                        observations.get(i).part(), row.provisional()));
                continue;
            }
            ChartPoint p = points.get(i);
            // A provisional value outside the limits is no signal: it may still fall.
            boolean sigmaSignal = p.sigmaSignal() && !row.provisional();
            drawn.add(new ChartSvg.Point(label, p.value(), p.cl(), p.lcl(), p.ucl(), sigmaSignal, p.runsSignal(),
                    p.part(), row.provisional()));
            runs |= p.runsSignal();
            sigma += sigmaSignal ? 1 : 0;
        }
        String chartName = message("report.chart." + chart, locale);
        String title = message("report.chart.title", locale, chartName, name, unit.name());
        String description = message("report.chart.description", locale, chartName, name,
                rows.get(0).label(), rows.get(rows.size() - 1).label(), percent(definition.greenLevel()),
                message(runs ? "report.chart.runsYes" : "report.chart.runsNo", locale), sigma,
                phases ? message("report.chart.phases", locale, split.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                        : "",
                message("report.grain.adverb." + grain, locale),
                rows.stream().anyMatch(Row::provisional) ? message("report.chart.provisional", locale) : "");
        boolean anyValue = rows.stream().anyMatch(r -> r.value() != null);
        String emptyReason = anyValue ? null
                : rows.stream().anyMatch(Row::hidden) ? "report.chart.empty.hidden" : "report.chart.empty.noCourses";
        String svg = !anyValue ? null : ChartSvg.render("chart-" + definition.id(), drawn, definition.greenLevel(),
                new ChartSvg.Texts(title, description.strip().replaceAll("\\s+", " "),
                        message("report.chart.target", locale, percent(definition.greenLevel())),
                        message("report.chart.runsSignal", locale), message("report.chart.noValues", locale),
                        message("report.chart.centre", locale)));
        Level level = latest == null || latest.hidden() || latest.denominator() < definition.minimumDenominator()
                ? null : level(definition, latest.value());
        return new IndicatorReport(definition, name, latest, provisional, level, svg, rows, runs, sigma,
                emptyReason);
    }

    /** The label under a chart's point: 10.26 for a month, 4. kv. 26 for a quarter. */
    private String shortLabel(Row row, PeriodType grain, Locale locale) {
        if (grain == PeriodType.QUARTER) {
            return message("report.grain.quarterShort", locale, (row.period().getMonthValue() + 2) / 3,
                    "%02d".formatted(row.period().getYear() % 100));
        }
        return row.period().format(DateTimeFormatter.ofPattern("MM.yy"));
    }

    static String percent(double value) {
        return Math.round(value * 100) + " %";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
