package no.sammen.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;
import no.sammen.spc.ChartPoint;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SubgroupKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values of an indicator as they may leave the system, in CSV or FHIR, per unit, clinic, trust or
 * for the region, with small numbers suppressed by {@link Suppression} outside the viewer's
 * own units. Each series gets a P chart over the periods, computed over the values the viewer may see
 * (cells the viewer may not see take no part in it, so that its limits cannot give them away), split at a
 * unit's implementation start as the unit report splits it, and with provisional periods (a window still
 * open, ADR 0020) drawn against the limits but left out of them, of the runs analysis, of signals and of
 * levels.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorExportService {

    /** The most calendar years one export may span, so that one request cannot ask for centuries. */
    public static final int MAX_YEARS = 20;

    private final IndicatorService indicators;
    private final OrganisationService organisation;

    IndicatorExportService(IndicatorService indicators, OrganisationService organisation) {
        this.indicators = indicators;
        this.organisation = organisation;
    }

    /** Whether the viewer sees all units (with suppression) rather than only their own. */
    public static boolean seesAllUnits(CurrentUser viewer) {
        return viewer.hasRole(Role.ANALYST) || viewer.hasRole(Role.ADMIN);
    }

    /** The indicator's definition, a proportion or a count. @throws NotFoundException when not in the catalog */
    public IndicatorDefinition definition(String indicatorId) {
        return indicators.definition(indicatorId, null);
    }

    /** The indicator as a catalog version defines it (null: the version in use). */
    public IndicatorDefinition definition(String indicatorId, Integer catalogVersion) {
        return indicators.definition(indicatorId, catalogVersion);
    }

    /**
     * Rows of a count indicator (ADR 0032) at one level, ordered by name, then period, for the same parts of the
     * organisation as {@link #rows}: not suppressed (sessions, not persons). Each series gets a C chart over the
     * periods in use, the provisional ones drawn but left out of its limits and runs analysis (ADR 0020).
     */
    public List<CountExportRow> countRows(IndicatorDefinition definition, OrgLevel level, PeriodType periodType,
            LocalDate from, LocalDate to, CurrentUser viewer, Integer catalogVersion) {
        int version = catalogVersion == null ? indicators.catalogVersion() : catalogVersion;
        boolean all = level != OrgLevel.UNIT || seesAllUnits(viewer);
        Map<List<Object>, List<CountValue>> series = indicators.countValues(definition, periodType, from, to).stream()
                .filter(v -> v.level() == level)
                .filter(v -> all || viewer.belongsTo(v.orgId()))
                .collect(Collectors.groupingBy(v -> java.util.Arrays.asList(v.orgId(), v.orgName()),
                        LinkedHashMap::new, Collectors.toList()));
        List<CountExportRow> rows = new ArrayList<>();
        series.forEach((org, periods) -> {
            List<ChartPoint> chart = countChart(periods);
            for (int i = 0; i < periods.size(); i++) {
                CountValue v = periods.get(i);
                ChartPoint point = chart == null || !v.inUse() ? null : chart.get(i);
                rows.add(new CountExportRow(v.orgId(), v.orgName(), v.periodStart(), v.periodEnd(), definition.id(),
                        v.inUse(), v.inUse() ? v.count() : null, v.inUse() ? v.parts() : Map.of(), v.goal(),
                        point == null ? null : point.cl(), point == null ? null : point.lcl(),
                        point == null ? null : point.ucl(), point == null || v.provisional() ? "" : signals(point),
                        level, v.provisional(), version));
            }
        });
        return rows;
    }

    /**
     * The C chart of one series of counts (c̄ ± 3√c̄), one point per period; periods not in use are missing,
     * provisional ones excluded from the limits and the runs analysis. Null for one period or none in use.
     */
    static List<ChartPoint> countChart(List<CountValue> periods) {
        if (periods.size() < 2 || periods.stream().noneMatch(CountValue::inUse)) {
            return null;
        }
        List<Observation> observations = periods.stream().map(v -> new Observation(
                new SubgroupKey.Date(v.periodStart()), v.inUse() ? (double) v.count() : null, null, null,
                v.provisional())).toList();
        return SpcEngine.compute("c", observations, null, false).points();
    }

    /**
     * Rows of one level of the organisation, ordered by name, then period. Units: analysts and
     * administrators get every unit, everyone else only their own. Clinics, trusts and the region:
     * everyone gets them all. Values the viewer may not see in full are suppressed by
     * {@link IndicatorService#shownValues}, the same way in every export and view.
     */
    public List<IndicatorExportRow> rows(String indicatorId, OrgLevel level, PeriodType periodType, LocalDate from,
            LocalDate to, CurrentUser viewer) {
        return rows(indicatorId, level, periodType, from, to, viewer, null);
    }

    /**
     * As {@link #rows(String, OrgLevel, PeriodType, LocalDate, LocalDate, CurrentUser)}, counted as a
     * catalog version defines the indicator (null: the version in use), so that values computed under
     * an earlier version can be computed again (ADR 0021). Each row says the version.
     */
    public List<IndicatorExportRow> rows(String indicatorId, OrgLevel level, PeriodType periodType, LocalDate from,
            LocalDate to, CurrentUser viewer, Integer catalogVersion) {
        IndicatorDefinition definition = indicators.definition(indicatorId, catalogVersion);
        int version = catalogVersion == null ? indicators.catalogVersion() : catalogVersion;
        Map<String, Long> late = indicators.excludedAfterWindow(definition, level, periodType, from, to);
        boolean all = level != OrgLevel.UNIT || seesAllUnits(viewer);
        Map<UUID, UnitView> units = organisation.units().stream()
                .collect(Collectors.toMap(UnitView::id, u -> u, (a, b) -> a, LinkedHashMap::new));
        Map<UUID, UUID> trustOfClinic = new HashMap<>();
        organisation.clinics().forEach(c -> trustOfClinic.put(c.id(), c.trustId()));
        List<ShownValue> values = indicators.shownValues(definition, periodType, from, to, viewer.unitIds())
                .stream()
                .filter(v -> v.level() == level)
                .filter(v -> all || viewer.belongsTo(v.orgId()))
                .toList();

        Map<List<Object>, List<ShownValue>> series = values.stream()
                .collect(Collectors.groupingBy(v -> java.util.Arrays.asList(v.orgId(), v.orgName()),
                        LinkedHashMap::new, Collectors.toList()));
        List<IndicatorExportRow> rows = new ArrayList<>();
        series.forEach((org, periods) -> {
            UUID orgId = periods.get(0).orgId();
            LocalDate split = level == OrgLevel.UNIT ? units.get(orgId).implementationStart() : null;
            List<String> phases = phases(periods, split);
            List<ChartPoint> chart = chart(periods, phases);
            UUID parent = switch (level) {
                case UNIT -> units.get(orgId).clinicId();
                case CLINIC -> trustOfClinic.get(orgId);
                case TRUST, REGION -> null;
            };
            for (int i = 0; i < periods.size(); i++) {
                ShownValue v = periods.get(i);
                ChartPoint point = chart == null || v.hidden() ? null : chart.get(i);
                // A provisional value is drawn against the limits, but has no level and no signal (ADR 0020).
                rows.add(new IndicatorExportRow(orgId, v.orgName(), parent, v.periodStart(), v.periodEnd(),
                        indicatorId, v.numerator(), v.denominator(), v.value(),
                        v.provisional() ? null : level(definition, v.value()),
                        point == null ? null : point.cl(), point == null ? null : point.lcl(),
                        point == null ? null : point.ucl(), point == null || v.provisional() ? "" : signals(point),
                        v.hidden(), level, v.provisional(), phases.get(i),
                        v.hidden() ? null : late.getOrDefault(IndicatorService.key(v.orgId(), v.periodStart()), 0L),
                        version));
            }
        });
        return rows;
    }

    /**
     * The phase of each period, split at the implementation start as the unit report splits its charts: only
     * when it falls after the first period's start and not after the last's; otherwise null for all.
     */
    static List<String> phases(List<ShownValue> periods, LocalDate split) {
        boolean phases = split != null && split.isAfter(periods.get(0).periodStart())
                && !split.isAfter(periods.get(periods.size() - 1).periodStart());
        return periods.stream().map(v -> !phases ? null : v.periodStart().isBefore(split) ? "before" : "after")
                .toList();
    }

    /** GREEN, YELLOW or RED for a value by the indicator's levels and direction; null for no value. */
    public static String level(IndicatorDefinition definition, Double value) {
        if (value == null) {
            return null;
        }
        boolean higher = definition.direction() == IndicatorDefinition.Direction.HIGHER_IS_BETTER;
        if (higher ? value >= definition.greenLevel() : value <= definition.greenLevel()) {
            return "GREEN";
        }
        if (higher ? value >= definition.yellowLevel() : value <= definition.yellowLevel()) {
            return "YELLOW";
        }
        return "RED";
    }

    /**
     * The P chart of one series, one point per period, in the given phases; hidden and empty periods are
     * missing, provisional ones excluded from the limits and the runs analysis. Null for one period.
     */
    private static List<ChartPoint> chart(List<ShownValue> periods, List<String> phases) {
        if (periods.size() < 2) {
            return null;
        }
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ShownValue v = periods.get(i);
            boolean missing = v.hidden() || v.denominator() == 0;
            observations.add(new Observation(new SubgroupKey.Date(v.periodStart()),
                    missing ? null : v.numerator().doubleValue(), missing ? 0.0 : v.denominator().doubleValue(),
                    phases.get(i), v.provisional()));
        }
        return SpcEngine.compute("p", observations, null, false).points();
    }

    private static String signals(ChartPoint point) {
        List<String> signals = new ArrayList<>();
        if (point.sigmaSignal()) {
            signals.add("sigma");
        }
        if (point.runsSignal()) {
            signals.add("runs");
        }
        return String.join(";", signals);
    }
}
