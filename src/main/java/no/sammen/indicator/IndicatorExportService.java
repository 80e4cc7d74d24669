package no.sammen.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Unit values of an indicator as they may leave the system, in CSV or FHIR. Analysts and
 * administrators get every unit, with {@link Suppression} applied to each group of units of the
 * same clinic in the same period (their own units, if any, are not hidden); everyone else gets only
 * the units they belong to, in full. Each unit gets a P chart over the periods; cells the viewer may
 * not see take no part in it, so that its limits cannot give them away.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorExportService {

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

    /** The indicator's definition. @throws NotFoundException when not in the catalog */
    public IndicatorDefinition definition(String indicatorId) {
        return indicators.catalog().stream().filter(d -> d.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator"));
    }

    /** Rows ordered by unit name, then period. */
    public List<IndicatorExportRow> unitRows(String indicatorId, PeriodType periodType, LocalDate from, LocalDate to,
            CurrentUser viewer) {
        IndicatorDefinition definition = definition(indicatorId);
        boolean all = seesAllUnits(viewer);
        Map<UUID, UnitView> units = organisation.units().stream()
                .collect(Collectors.toMap(UnitView::id, u -> u, (a, b) -> a, LinkedHashMap::new));
        List<IndicatorValue> values = indicators.values(indicatorId, OrgLevel.UNIT, periodType, from, to).stream()
                .filter(v -> all || viewer.belongsTo(v.orgId()))
                .toList();

        Map<UUID, Suppression.SuppressedCell> shown = new HashMap<>();
        Map<String, Suppression.SuppressedCell> cellOf = new HashMap<>();
        if (all) {
            Set<String> own = viewer.unitIds().stream().map(UUID::toString).collect(Collectors.toSet());
            Map<List<Object>, List<IndicatorValue>> groups = new LinkedHashMap<>();
            for (IndicatorValue v : values) {
                UnitView unit = units.get(v.orgId());
                groups.computeIfAbsent(List.of(unit.clinicId(), v.periodStart()), k -> new ArrayList<>()).add(v);
            }
            groups.forEach((key, group) -> {
                List<Suppression.Cell> cells = group.stream()
                        .map(v -> new Suppression.Cell(v.orgId().toString(), v.numerator(), v.denominator()))
                        .toList();
                Suppression.SuppressionResult result = Suppression.apply(cells, definition.minimumDenominator(),
                        own);
                for (Suppression.SuppressedCell cell : result.cells()) {
                    cellOf.put(cell.key() + "|" + key.get(1), cell);
                }
            });
        }

        Map<UUID, List<IndicatorValue>> byUnit = values.stream()
                .collect(Collectors.groupingBy(IndicatorValue::orgId, LinkedHashMap::new, Collectors.toList()));
        List<IndicatorExportRow> rows = new ArrayList<>();
        byUnit.forEach((unitId, periods) -> {
            List<Suppression.SuppressedCell> cells = periods.stream()
                    .map(v -> all ? cellOf.get(unitId + "|" + v.periodStart())
                            : new Suppression.SuppressedCell(unitId.toString(), v.numerator(), v.denominator(),
                                    v.value(), false, Suppression.SuppressionReason.NONE))
                    .toList();
            List<ChartPoint> chart = chart(periods, cells);
            UnitView unit = units.get(unitId);
            for (int i = 0; i < periods.size(); i++) {
                IndicatorValue v = periods.get(i);
                Suppression.SuppressedCell cell = cells.get(i);
                ChartPoint point = chart == null || cell.hidden() ? null : chart.get(i);
                rows.add(new IndicatorExportRow(unitId, v.orgName(), unit.clinicId(), v.periodStart(),
                        v.periodEnd(), indicatorId, cell.numerator(), cell.denominator(), cell.value(),
                        level(definition, cell.value()), point == null ? null : point.cl(),
                        point == null ? null : point.lcl(), point == null ? null : point.ucl(),
                        point == null ? "" : signals(point), cell.hidden()));
            }
        });
        return rows;
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

    /** The unit's P chart, one point per period; hidden and empty periods are missing. Null for one period. */
    private static List<ChartPoint> chart(List<IndicatorValue> periods, List<Suppression.SuppressedCell> cells) {
        if (periods.size() < 2) {
            return null;
        }
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Suppression.SuppressedCell cell = cells.get(i);
            boolean missing = cell.hidden() || cell.denominator() == 0;
            observations.add(new Observation(new SubgroupKey.Date(periods.get(i).periodStart()),
                    missing ? null : cell.numerator().doubleValue(),
                    missing ? 0.0 : cell.denominator().doubleValue(), null, false));
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
