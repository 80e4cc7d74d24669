package no.sammen.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.indicator.IndicatorQueries.MonthCount;

import org.springframework.stereotype.Component;

/**
 * The contributed proportions' monthly numerators and denominators (ADR 0038): each {@link ProportionContributor}
 * asked once per read, whatever the number of indicators it tells, and its rows turned into the same monthly
 * counts as those counted from the course facts, so that roll-up, suppression, provisional periods and charts
 * are the same code for both. Checks at start-up that every contributed proportion of every catalog version
 * names a contributor.
 */
@Component
class IndicatorContributions {

    private final Map<String, ProportionContributor> contributors;

    IndicatorContributions(List<ProportionContributor> contributors, IndicatorCatalog catalog,
            IndicatorProperties properties) {
        this.contributors = contributors.stream().collect(Collectors.toMap(ProportionContributor::name,
                Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two proportion contributors are named " + a.name());
                }, LinkedHashMap::new));
        catalog.all().forEach((version, indicators) -> IndicatorCatalog.checkContributed(
                properties.catalog() + " (catalog version " + version + ")", indicators, this.contributors.keySet()));
    }

    /**
     * The monthly counts of the contributed proportions among {@code definitions}, months from the one holding
     * {@code from} to the one holding {@code to}; the others are left out.
     */
    Monthly monthly(List<IndicatorDefinition> definitions, LocalDate from, LocalDate to) {
        Map<String, List<ProportionContributor.Row>> read = new HashMap<>();
        Map<String, List<MonthCount>> counts = new LinkedHashMap<>();
        Map<String, Set<UnitMonth>> provisional = new HashMap<>();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        for (IndicatorDefinition d : definitions) {
            if (!d.isContributed()) {
                continue;
            }
            List<ProportionContributor.Row> rows = read.computeIfAbsent(d.countedBy(),
                    name -> contributors.get(name).monthly(first.atDay(1), last.atEndOfMonth()));
            List<MonthCount> months = new ArrayList<>();
            Set<UnitMonth> open = new HashSet<>();
            for (ProportionContributor.Row row : rows) {
                if (row.month().isBefore(first) || row.month().isAfter(last) || row.denominator() <= 0) {
                    continue;
                }
                months.add(new MonthCount(row.unitId(), row.month().getYear(), row.month().getMonthValue(),
                        row.numerator(), row.denominator()));
                if (row.provisional()) {
                    open.add(new UnitMonth(row.unitId(), row.month()));
                }
            }
            counts.put(d.id(), months);
            provisional.put(d.id(), open);
        }
        return new Monthly(counts, provisional);
    }

    /** A unit's month. */
    record UnitMonth(UUID unitId, YearMonth month) {
    }

    /**
     * @param counts      per contributed indicator id, the monthly counts
     * @param provisional per contributed indicator id, the unit-months its contributor says may still change
     */
    record Monthly(Map<String, List<MonthCount>> counts, Map<String, Set<UnitMonth>> provisional) {
    }
}
