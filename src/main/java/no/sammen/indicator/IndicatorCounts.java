package no.sammen.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.organisation.ClinicView;
import no.sammen.organisation.UnitView;

import org.springframework.stereotype.Component;

/**
 * The count indicators' values (ADR 0032): each contributor asked once per report for its counts per unit,
 * month and part, summed here to quarters and years and rolled up to clinic, trust and region. Checks at
 * start-up that every count indicator of every catalog version names a contributor and its parts.
 */
@Component
class IndicatorCounts {

    private final Map<String, CountContributor> contributors;

    IndicatorCounts(List<CountContributor> contributors, IndicatorCatalog catalog, IndicatorProperties properties) {
        this.contributors = contributors.stream()
                .collect(Collectors.toMap(CountContributor::name, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two count contributors are named " + a.name());
                }, LinkedHashMap::new));
        Map<String, List<String>> parts = new HashMap<>();
        this.contributors.forEach((name, c) -> parts.put(name, List.copyOf(c.parts())));
        catalog.all().forEach((version, indicators) -> IndicatorCatalog.checkCounts(
                properties.catalog() + " (catalog version " + version + ")", indicators, parts));
    }

    /**
     * The values of the count indicators, from one read of each contributor whatever the number of
     * indicators, period types and parts of the organisation.
     *
     * @return per indicator id, in the order given, the values ordered by level, name, period type and start
     */
    Map<String, List<CountValue>> values(List<IndicatorDefinition> definitions, Set<PeriodType> types,
            LocalDate from, LocalDate to, LocalDate today, List<UnitView> units, List<ClinicView> clinics) {
        LocalDate last = types.stream().map(t -> t.endOf(t.startOf(to))).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, CountContributor.Counts> read = new HashMap<>();
        Map<String, List<CountValue>> all = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            CountContributor.Counts counts = read.computeIfAbsent(d.countedBy(),
                    name -> contributors.get(name).counts(last));
            all.put(d.id(), values(d, counts, types, from, to, today, units, clinics));
        }
        return all;
    }

    static List<CountValue> values(IndicatorDefinition d, CountContributor.Counts counts, Set<PeriodType> types,
            LocalDate from, LocalDate to, LocalDate today, List<UnitView> units, List<ClinicView> clinics) {
        List<String> parts = d.breakdowns().stream().map(IndicatorDefinition.Breakdown::id).toList();
        Map<UUID, Map<YearMonth, long[]>> byUnit = new HashMap<>();
        for (CountContributor.Row row : counts.rows()) {
            int part = parts.indexOf(row.part());
            if (part >= 0) {
                byUnit.computeIfAbsent(row.unitId(), u -> new HashMap<>())
                        .computeIfAbsent(row.month(), m -> new long[parts.size()])[part] += row.count();
            }
        }
        List<CountValue> values = new ArrayList<>();
        for (PeriodType type : types) {
            for (LocalDate start = type.startOf(from); !start.isAfter(to); start = type.endOf(start).plusDays(1)) {
                LocalDate end = type.endOf(start);
                YearMonth first = YearMonth.from(start);
                YearMonth lastMonth = YearMonth.from(end);
                boolean provisional = d.provisional(end, today);
                Map<UUID, Cell> clinicCells = new LinkedHashMap<>();
                Map<UUID, Cell> trustCells = new LinkedHashMap<>();
                Map<UUID, String> trustNames = new HashMap<>();
                Cell region = new Cell(parts.size());
                for (ClinicView clinic : clinics) {
                    clinicCells.put(clinic.id(), new Cell(parts.size()));
                    trustCells.putIfAbsent(clinic.trustId(), new Cell(parts.size()));
                    trustNames.put(clinic.trustId(), clinic.trustName());
                }
                for (UnitView unit : units) {
                    Cell cell = new Cell(parts.size());
                    YearMonth began = counts.began().get(unit.id());
                    cell.inUse = began != null && !began.isAfter(lastMonth);
                    Map<YearMonth, long[]> months = byUnit.getOrDefault(unit.id(), Map.of());
                    for (YearMonth m = first; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                        cell.add(months.get(m));
                    }
                    CountContributor.Goal goal = counts.goals().get(unit.id());
                    Double share = goal == null ? null : goal.over(first, lastMonth);
                    values.add(cell.value(d, OrgLevel.UNIT, unit.id(), unit.name(), type, start, end, share,
                            provisional, parts));
                    for (Cell sum : new Cell[] {clinicCells.get(unit.clinicId()), trustCells.get(unit.trustId()),
                            region}) {
                        if (sum != null) {
                            sum.add(cell);
                        }
                    }
                }
                for (ClinicView clinic : clinics) {
                    values.add(clinicCells.get(clinic.id()).value(d, OrgLevel.CLINIC, clinic.id(), clinic.name(), type,
                            start, end, null, provisional, parts));
                }
                for (Map.Entry<UUID, Cell> trust : trustCells.entrySet()) {
                    values.add(trust.getValue().value(d, OrgLevel.TRUST, trust.getKey(), trustNames.get(trust.getKey()),
                            type, start, end, null, provisional, parts));
                }
                values.add(region.value(d, OrgLevel.REGION, null, null, type, start, end, null, provisional, parts));
            }
        }
        values.sort(Comparator.comparing(CountValue::level)
                .thenComparing(v -> v.orgName() == null ? "" : v.orgName())
                .thenComparing(v -> v.orgId() == null ? "" : v.orgId().toString())
                .thenComparing(CountValue::periodType)
                .thenComparing(CountValue::periodStart));
        return values;
    }

    /** A count being summed: its parts and whether the count is in use at any unit summed. */
    private static final class Cell {
        final long[] parts;
        boolean inUse;

        Cell(int size) {
            parts = new long[size];
        }

        void add(long[] counts) {
            if (counts != null) {
                for (int i = 0; i < parts.length; i++) {
                    parts[i] += counts[i];
                }
            }
        }

        void add(Cell other) {
            add(other.parts);
            inUse |= other.inUse;
        }

        CountValue value(IndicatorDefinition d, OrgLevel level, UUID orgId, String name, PeriodType type,
                LocalDate start, LocalDate end, Double goal, boolean provisional, List<String> partIds) {
            Map<String, Long> byPart = new LinkedHashMap<>();
            long total = 0;
            for (int i = 0; i < parts.length; i++) {
                byPart.put(partIds.get(i), parts[i]);
                total += parts[i];
            }
            return new CountValue(d.id(), level, orgId, name, type, start, end, inUse, total,
                    java.util.Collections.unmodifiableMap(byPart), inUse ? goal : null, provisional);
        }
    }
}
