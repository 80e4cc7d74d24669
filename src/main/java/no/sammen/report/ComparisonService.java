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
import no.sammen.spc.SubgroupKey;

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
        IndicatorDefinition definition = indicators.catalog().stream().filter(d -> d.id().equals(indicatorId))
                .findFirst().orElseThrow(() -> new NotFoundException("indicator"));
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
        for (ShownValue v : indicators.shownValues(indicatorId, type, start, start, own)) {
            current.put(key(v.level(), v.orgId()), v);
        }
        Map<String, List<ShownValue>> trends = indicators.shownValues(indicatorId, trendGrain, trendFrom, trendTo,
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
