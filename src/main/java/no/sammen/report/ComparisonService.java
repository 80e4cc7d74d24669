package no.sammen.report;

import static no.sammen.report.UnitReportService.percent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.indicator.CountValue;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.ShownValue;
import no.sammen.indicator.Suppression.SuppressionReason;
import no.sammen.indicator.WilsonInterval;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;
import no.sammen.spc.ChartPoint;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SpcResult;
import no.sammen.spc.SubgroupKey;
import no.sammen.spc.VariationAssurance;
import no.sammen.spc.VariationAssurance.Variation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The comparison of units side by side: one indicator and one period for the region, each trust,
 * each clinic and each unit, with 95 % Wilson intervals on a common scale, and each one's trend
 * over the 24 months up to the end of the period as a small run chart: by month when months are
 * compared, otherwise by quarter, so that a small unit's trend has values (ADR 0020). Values outside the
 * viewer's own units are suppressed as in every other view; a provisional period (a window still open)
 * is marked and gets no level, and provisional periods take no part in the trends.
 */
@Service
public class ComparisonService {

    /** Months each trend spans. */
    static final int TREND_MONTHS = 24;
    /** Periods offered in the period list, the latest closed first. */
    static final Map<PeriodType, Integer> PERIODS_OFFERED = Map.of(PeriodType.MONTH, 12, PeriodType.QUARTER, 8,
            PeriodType.YEAR, 5);

    private final IndicatorService indicators;
    private final OrganisationService organisation;
    private final UnitReportService unitReports;
    private final MessageSource messages;
    private final Clock clock;

    ComparisonService(IndicatorService indicators, OrganisationService organisation, UnitReportService unitReports,
            MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.unitReports = unitReports;
        this.messages = messages;
        this.clock = clock;
    }

    /** Leaders, coordinators and analysts compare units; the comparison holds no person-level data. */
    public static boolean mayCompare(CurrentUser user) {
        return user.hasRole(Role.LEADER) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ANALYST);
    }

    /**
     * One row: the region, a trust, a clinic or a unit.
     *
     * @param hiddenSmall hidden because its denominator is below the minimum ("færre enn 5"), not to
     *        protect another hidden value (then its denominator is not small, and it just reads "skjult")
     */
    public record Row(OrgLevel level, UUID orgId, String name, boolean own, boolean linked, Long numerator,
            Long denominator, Double value, boolean hidden, boolean hiddenSmall, WilsonInterval interval,
            UnitReportService.Level grade, String intervalSvg, String trendSvg, boolean runsSignal) {
    }

    /**
     * @param trendGrain  the periods of the trends: months when months are compared, otherwise quarters
     * @param provisional the period compared is provisional for the indicator (ADR 0020): no levels are given
     */
    public record Comparison(IndicatorDefinition definition, String indicatorName, PeriodType periodType,
            LocalDate periodStart, LocalDate periodEnd, PeriodType trendGrain, LocalDate trendFrom, LocalDate trendTo,
            UUID clinicId, List<Row> rows, boolean anyHidden, boolean provisional) {
    }

    /**
     * One row of a count's comparison (ADR 0032, 0038): the count of the period, its parts, and the trend of the
     * 24 months as a small C chart with the variation it shows. Counts of things done are not suppressed.
     *
     * @param inUse     whether the count was in use there in the period; otherwise «not in use», not zero
     * @param goal      a unit's goal for the period, or null (only a unit has one)
     * @param variation the variation of the trend's C chart (needs six values), NONE when not assessed
     * @param valuesRose for a special cause, whether the values moved up (the icon's arrow)
     */
    public record CountRow(OrgLevel level, UUID orgId, String name, boolean own, boolean linked, boolean inUse,
            long count, Map<String, Long> parts, Double goal, String trendSvg, Variation variation,
            boolean valuesRose) {
    }

    /**
     * The comparison of a count indicator: the count per part of the organisation for one period.
     *
     * @param provisional the period compared has not ended: its counts may still rise
     */
    public record CountComparison(IndicatorDefinition definition, String indicatorName, PeriodType periodType,
            LocalDate periodStart, LocalDate periodEnd, PeriodType trendGrain, LocalDate trendFrom, LocalDate trendTo,
            UUID clinicId, List<CountRow> rows, boolean provisional) {
    }

    /**
     * The units side by side for a count indicator (K6): per row the count of the period and its parts, the
     * unit's goal, and the trend as a C chart with its variation. No proportion, no interval, no level.
     *
     * @throws NotFoundException for an indicator that is not a count of the catalog in use, or an unknown clinic
     */
    public CountComparison compareCount(CurrentUser user, String indicatorId, PeriodType type, LocalDate at,
            UUID clinicId, Locale locale) {
        IndicatorDefinition definition = indicators.countIndicators().stream()
                .filter(d -> d.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator"));
        List<ClinicView> clinics = organisation.clinics();
        if (clinicId != null && clinics.stream().noneMatch(c -> c.id().equals(clinicId))) {
            throw new NotFoundException("clinic");
        }
        LocalDate start = type.startOf(at);
        LocalDate end = type.endOf(start);
        PeriodType trendGrain = type == PeriodType.MONTH ? PeriodType.MONTH : PeriodType.QUARTER;
        LocalDate trendTo = trendGrain.startOf(end);
        LocalDate trendFrom = trendTo.minusMonths(TREND_MONTHS - (long) trendGrain.months());
        Set<UUID> own = user.unitIds();
        Map<String, CountValue> current = new HashMap<>();
        for (CountValue v : indicators.countValues(definition, type, start, start)) {
            current.put(key(v.level(), v.orgId()), v);
        }
        Map<String, List<CountValue>> trends = indicators.countValues(definition, trendGrain, trendFrom, trendTo)
                .stream().collect(Collectors.groupingBy(v -> key(v.level(), v.orgId()), LinkedHashMap::new,
                        Collectors.toList()));
        Set<UUID> reportable = unitReports.visibleUnits(user).stream().map(UnitView::id).collect(Collectors.toSet());
        Map<UUID, List<UnitView>> unitsOfClinic = organisation.units().stream().collect(Collectors.groupingBy(
                UnitView::clinicId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<ClinicView>> clinicsOfTrust = clinics.stream().collect(Collectors.groupingBy(
                ClinicView::trustId, LinkedHashMap::new, Collectors.toList()));
        CountDrawing drawing = new CountDrawing(definition, locale, current, trends);
        List<CountRow> rows = new ArrayList<>();
        if (clinicId == null) {
            rows.add(drawing.row(OrgLevel.REGION, null, message("report.compare.region", locale), false,
                    false));
        }
        clinicsOfTrust.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().get(0).trustName()))
                .forEach(trust -> {
                    List<ClinicView> shownClinics = trust.getValue().stream()
                            .filter(c -> clinicId == null || c.id().equals(clinicId)).toList();
                    if (shownClinics.isEmpty()) {
                        return;
                    }
                    if (clinicId == null) {
                        rows.add(drawing.row(OrgLevel.TRUST, trust.getKey(),
                                trust.getValue().get(0).trustName(), false, false));
                    }
                    for (ClinicView clinic : shownClinics) {
                        rows.add(drawing.row(OrgLevel.CLINIC, clinic.id(), clinic.name(), false, false));
                        for (UnitView unit : unitsOfClinic.getOrDefault(clinic.id(), List.of()).stream()
                                .sorted(Comparator.comparing(UnitView::name)).toList()) {
                            rows.add(drawing.row(OrgLevel.UNIT, unit.id(), unit.name(),
                                    own.contains(unit.id()), reportable.contains(unit.id())));
                        }
                    }
                });
        boolean provisional = current.values().stream().anyMatch(CountValue::provisional);
        return new CountComparison(definition, definition.name(locale), type, start, end, trendGrain, trendFrom,
                trendGrain.endOf(trendTo), clinicId, rows, provisional);
    }

    /** Draws each row of a count's comparison: its trend as a small C chart and the variation it shows. */
    private final class CountDrawing {

        private final boolean higher;
        private final Locale locale;
        private final Map<String, CountValue> current;
        private final Map<String, List<CountValue>> trends;
        private int counter;

        CountDrawing(IndicatorDefinition definition, Locale locale, Map<String, CountValue> current,
                Map<String, List<CountValue>> trends) {
            this.higher = definition.direction() == IndicatorDefinition.Direction.HIGHER_IS_BETTER;
            this.locale = locale;
            this.current = current;
            this.trends = trends;
        }

        CountRow row(OrgLevel level, UUID orgId, String name, boolean own, boolean linked) {
            CountValue v = current.get(key(level, orgId));
            List<CountValue> trend = trends.getOrDefault(key(level, orgId), List.of());
            // Before the count was in use a period has no value; a provisional one is left out: it may still rise.
            List<Double> values = trend.stream().map(t -> t.inUse() && !t.provisional() ? (double) t.count() : null)
                    .toList();
            Variation variation = Variation.NONE;
            Double centre = null;
            boolean runs = false;
            if (values.stream().filter(x -> x != null).count() >= 2) {
                List<Observation> observations = new ArrayList<>();
                for (int i = 0; i < trend.size(); i++) {
                    observations.add(new Observation(new SubgroupKey.Date(trend.get(i).periodStart()), values.get(i),
                            null, null, false));
                }
                SpcResult chart = SpcEngine.compute("c", observations, null, false);
                variation = VariationAssurance.judge(chart, higher, null).variation();
                centre = chart.points().stream().map(ChartPoint::cl).filter(c -> c != null).reduce((a, b) -> b)
                        .orElse(null);
                runs = chart.points().stream().anyMatch(ChartPoint::runsSignal);
            }
            // Each row on its own scale: a region's count and a unit's differ by orders of magnitude.
            double top = Math.max(1, values.stream().filter(x -> x != null).mapToDouble(Double::doubleValue).max()
                    .orElse(0));
            long shown = values.stream().filter(x -> x != null).count();
            String title = message("report.compare.countTrend.title", locale, name, shown, trend.size(),
                    centre == null ? "–" : ChartSvg.count(centre),
                    message("report.summary.variation." + variation, locale));
            Double scaledCentre = centre == null ? null : centre / top;
            String svg = ComparisonSvg.trend("cmp-" + (++counter) + "-trend",
                    values.stream().map(x -> x == null ? null : x / top).toList(), scaledCentre, runs, title);
            boolean rose = (variation == Variation.IMPROVING) == higher;
            return new CountRow(level, orgId, name, own, linked, v.inUse(), v.count(), v.parts(),
                    level == OrgLevel.UNIT ? v.goal() : null, svg, variation, rose);
        }
    }

    /** The latest closed periods of a type, the latest first. */
    public List<LocalDate> periodsOffered(PeriodType type) {
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = type.startOf(today).minusMonths(type.months());
        List<LocalDate> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS_OFFERED.get(type); i++) {
            periods.add(latest.minusMonths((long) i * type.months()));
        }
        return periods;
    }

    /**
     * @param clinicId only this clinic and its units, or null for the whole region
     * @throws NotFoundException for an unknown indicator or clinic
     */
    public Comparison compare(CurrentUser user, String indicatorId, PeriodType type, LocalDate at, UUID clinicId,
            Locale locale) {
        IndicatorDefinition definition = UnitReportService.proportions(indicators).stream()
                .filter(d -> d.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator"));
        List<ClinicView> clinics = organisation.clinics();
        if (clinicId != null && clinics.stream().noneMatch(c -> c.id().equals(clinicId))) {
            throw new NotFoundException("clinic");
        }
        LocalDate start = type.startOf(at);
        LocalDate end = type.endOf(start);
        PeriodType trendGrain = type == PeriodType.MONTH ? PeriodType.MONTH : PeriodType.QUARTER;
        LocalDate trendTo = trendGrain.startOf(end);
        LocalDate trendFrom = trendTo.minusMonths(TREND_MONTHS - (long) trendGrain.months());
        Set<UUID> own = user.unitIds();

        Map<String, ShownValue> current = new HashMap<>();
        for (ShownValue v : indicators.shownValues(definition, type, start, start, own)) {
            current.put(key(v.level(), v.orgId()), v);
        }
        Map<String, List<ShownValue>> trends = indicators.shownValues(definition, trendGrain, trendFrom, trendTo,
                own).stream().collect(Collectors.groupingBy(v -> key(v.level(), v.orgId()), LinkedHashMap::new,
                        Collectors.toList()));
        Set<UUID> reportable = unitReports.visibleUnits(user).stream().map(UnitView::id).collect(Collectors.toSet());

        List<UnitView> units = organisation.units();
        Map<UUID, List<UnitView>> unitsOfClinic = units.stream().collect(Collectors.groupingBy(UnitView::clinicId,
                LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<ClinicView>> clinicsOfTrust = clinics.stream().collect(Collectors.groupingBy(
                ClinicView::trustId, LinkedHashMap::new, Collectors.toList()));

        Drawing drawing = new Drawing(definition, locale, type, start);
        List<Row> rows = new ArrayList<>();
        if (clinicId == null) {
            rows.add(drawing.row(OrgLevel.REGION, null, message("report.compare.region", locale), false, false,
                    current, trends));
        }
        clinicsOfTrust.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().get(0).trustName()))
                .forEach(trust -> {
                    List<ClinicView> shownClinics = trust.getValue().stream()
                            .filter(c -> clinicId == null || c.id().equals(clinicId)).toList();
                    if (shownClinics.isEmpty()) {
                        return;
                    }
                    if (clinicId == null) {
                        rows.add(drawing.row(OrgLevel.TRUST, trust.getKey(), trust.getValue().get(0).trustName(),
                                false, false, current, trends));
                    }
                    for (ClinicView clinic : shownClinics) {
                        rows.add(drawing.row(OrgLevel.CLINIC, clinic.id(), clinic.name(), false, false, current,
                                trends));
                        for (UnitView unit : unitsOfClinic.getOrDefault(clinic.id(), List.of()).stream()
                                .sorted(Comparator.comparing(UnitView::name)).toList()) {
                            rows.add(drawing.row(OrgLevel.UNIT, unit.id(), unit.name(), own.contains(unit.id()),
                                    reportable.contains(unit.id()), current, trends));
                        }
                    }
                });
        boolean provisional = current.values().stream().anyMatch(ShownValue::provisional);
        return new Comparison(definition, definition.name(locale), type, start, end, trendGrain, trendFrom,
                trendGrain.endOf(trendTo), clinicId, rows, rows.stream().anyMatch(Row::hidden), provisional);
    }

    private static String key(OrgLevel level, UUID orgId) {
        return level + ":" + orgId;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Draws the interval and trend of each row, with words in the viewer's language. */
    private final class Drawing {

        private final IndicatorDefinition definition;
        private final Locale locale;
        private final String periodText;
        private int counter;

        Drawing(IndicatorDefinition definition, Locale locale, PeriodType type, LocalDate start) {
            this.definition = definition;
            this.locale = locale;
            this.periodText = periodText(type, start, locale);
        }

        Row row(OrgLevel level, UUID orgId, String name, boolean own, boolean linked, Map<String, ShownValue> current,
                Map<String, List<ShownValue>> trends) {
            ShownValue v = current.get(key(level, orgId));
            WilsonInterval interval = v.hidden() ? null : WilsonInterval.of(v.numerator(), v.denominator()).orElse(null);
            String id = "cmp-" + (++counter);
            String intervalSvg = ComparisonSvg.interval(id + "-ci", v.value(), interval, definition.greenLevel(),
                    intervalTitle(name, v, interval));
            List<ShownValue> months = trends.getOrDefault(key(level, orgId), List.of());
            // A provisional period is left out of the trend: its value may still fall.
            List<Double> values = months.stream().map(m -> m.provisional() ? null : m.value()).toList();
            List<ChartPoint> run = runChart(months);
            boolean runsSignal = run != null && run.stream().anyMatch(ChartPoint::runsSignal);
            Double median = run == null ? null : run.stream().map(ChartPoint::cl).filter(c -> c != null)
                    .reduce((a, b) -> b).orElse(null);
            long shown = values.stream().filter(x -> x != null).count();
            String trendTitle = message("report.compare.trend.title", locale, name, shown, months.size(),
                    median == null ? "–" : percent(median),
                    message(runsSignal ? "report.chart.runsYes" : "report.chart.runsNo", locale));
            String trendSvg = ComparisonSvg.trend(id + "-trend", values, median, runsSignal, trendTitle);
            return new Row(level, orgId, name, own, linked, v.numerator(), v.denominator(), v.value(), v.hidden(),
                    v.reason() == SuppressionReason.PRIMARY, interval,
                    v.provisional() ? null : UnitReportService.level(definition, v.value()), intervalSvg, trendSvg,
                    runsSignal);
        }

        private String intervalTitle(String name, ShownValue v, WilsonInterval interval) {
            if (v.hidden()) {
                return message(v.reason() == SuppressionReason.PRIMARY ? "report.compare.interval.hiddenSmall"
                        : "report.compare.interval.hiddenToProtect", locale, name, periodText);
            }
            if (interval == null) {
                return message("report.compare.interval.noData", locale, name, periodText);
            }
            return message("report.compare.interval.title", locale, name, periodText, percent(v.value()),
                    percent(interval.lower()), percent(interval.upper()), percent(definition.greenLevel()));
        }
    }

    /**
     * The run chart of a trend: medians and the Anhøj rules over the periods with final values; null with
     * fewer than 2.
     */
    private static List<ChartPoint> runChart(List<ShownValue> months) {
        List<Observation> observations = months.stream()
                .map(m -> {
                    boolean missing = m.value() == null || m.provisional();
                    return new Observation(new SubgroupKey.Date(m.periodStart()),
                            missing ? null : m.numerator().doubleValue(),
                            missing ? 0.0 : m.denominator().doubleValue(), null, false);
                })
                .toList();
        if (observations.stream().filter(o -> o.y() != null).count() < 2) {
            return null;
        }
        return SpcEngine.compute("run", observations, null, true).points();
    }

    /** A period as words: 10.2026, 3rd quarter 2026, 2026. */
    public String periodText(PeriodType type, LocalDate start, Locale locale) {
        return switch (type) {
            case MONTH -> start.format(DateTimeFormatter.ofPattern("MM.yyyy"));
            case QUARTER -> message("report.compare.quarter", locale, (start.getMonthValue() + 2) / 3,
                    String.valueOf(start.getYear()));
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
