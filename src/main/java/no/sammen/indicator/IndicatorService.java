package no.sammen.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.indicator.IndicatorQueries.MonthCount;
import no.sammen.indicator.IndicatorQueries.UnitTypeRow;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalog and the indicators' numerators and denominators. */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorCatalog catalog;
    private final IndicatorQueries queries;
    private final OrganisationService organisation;
    private final Clock clock;

    IndicatorService(IndicatorCatalog catalog, IndicatorQueries queries, OrganisationService organisation,
            Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Every indicator, in catalog order. */
    public List<IndicatorDefinition> catalog() {
        return catalog.indicators();
    }

    /**
     * One value per part of the organisation at {@code level} and per period from the period holding
     * {@code from} to the period holding {@code to}, both whole; periods without courses have
     * denominator 0. Units, clinics and trusts are ordered by name.
     *
     * @throws NotFoundException for an indicator id not in the catalog
     */
    public List<IndicatorValue> values(String indicatorId, OrgLevel level, PeriodType periodType, LocalDate from,
            LocalDate to) {
        return values(indicatorId, level, periodType, from, to, LocalDate.now(clock));
    }

    /** As {@link #values(String, OrgLevel, PeriodType, LocalDate, LocalDate)} with windows closed as of {@code today}. */
    List<IndicatorValue> values(String indicatorId, OrgLevel level, PeriodType periodType, LocalDate from,
            LocalDate to, LocalDate today) {
        return valuesByLevel(indicatorId, EnumSet.of(level), periodType, from, to, today).get(level);
    }

    /**
     * The values of {@link #values(String, OrgLevel, PeriodType, LocalDate, LocalDate)} at several
     * levels at once, from one query of the database rather than one per level: what a report over
     * the whole organisation needs. The values at each level are those that {@code values} gives for
     * it, in the same order.
     *
     * @return the values per level, in the order of {@link OrgLevel}
     * @throws NotFoundException for an indicator id not in the catalog
     */
    public Map<OrgLevel, List<IndicatorValue>> valuesByLevel(String indicatorId, Set<OrgLevel> levels,
            PeriodType periodType, LocalDate from, LocalDate to) {
        return valuesByLevel(indicatorId, levels, periodType, from, to, LocalDate.now(clock));
    }

    Map<OrgLevel, List<IndicatorValue>> valuesByLevel(String indicatorId, Set<OrgLevel> levels, PeriodType periodType,
            LocalDate from, LocalDate to, LocalDate today) {
        IndicatorDefinition definition = catalog.find(indicatorId)
                .orElseThrow(() -> new NotFoundException("indicator"));
        return values(List.of(definition), levels, periodType, from, to, today).get(indicatorId);
    }

    /**
     * The values of every indicator of the catalog at the given levels, as
     * {@link #valuesByLevel(String, Set, PeriodType, LocalDate, LocalDate)} gives them for each, from
     * one query per placing date (start or end of the course) rather than one per indicator: what a
     * report of all indicators over the whole organisation needs.
     *
     * @return per indicator id, in catalog order, the values per level in the order of {@link OrgLevel}
     */
    public Map<String, Map<OrgLevel, List<IndicatorValue>>> catalogValues(Set<OrgLevel> levels, PeriodType periodType,
            LocalDate from, LocalDate to) {
        return catalogValues(levels, periodType, from, to, LocalDate.now(clock));
    }

    Map<String, Map<OrgLevel, List<IndicatorValue>>> catalogValues(Set<OrgLevel> levels, PeriodType periodType,
            LocalDate from, LocalDate to, LocalDate today) {
        return values(catalog.indicators(), levels, periodType, from, to, today);
    }

    private Map<String, Map<OrgLevel, List<IndicatorValue>>> values(List<IndicatorDefinition> definitions,
            Set<OrgLevel> levels, PeriodType periodType, LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = periodType.startOf(from); !s.isAfter(to); s = periodType.endOf(s).plusDays(1)) {
            starts.add(s);
        }
        LocalDate end = periodType.endOf(starts.get(starts.size() - 1));
        Map<LocalDate, Integer> periodOfStart = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            periodOfStart.put(starts.get(i), i);
        }
        List<UnitView> units = organisation.units();
        List<ClinicView> clinics = levels.contains(OrgLevel.CLINIC) || levels.contains(OrgLevel.TRUST)
                ? organisation.clinics() : List.of();

        Map<String, Map<OrgLevel, List<IndicatorValue>>> values = new LinkedHashMap<>();
        queries.monthly(definitions, starts.get(0), end, today).forEach((indicatorId, rows) -> {
            Map<OrgLevel, Rollup> rollups = new EnumMap<>(OrgLevel.class);
            for (OrgLevel level : OrgLevel.values()) {
                if (levels.contains(level)) {
                    rollups.put(level, new Rollup(level, units, clinics, starts.size()));
                }
            }
            for (MonthCount row : rows) {
                int period = periodOfStart.get(periodType.startOf(LocalDate.of(row.year(), row.month(), 1)));
                for (Rollup rollup : rollups.values()) {
                    rollup.add(row, period);
                }
            }
            Map<OrgLevel, List<IndicatorValue>> byLevel = new EnumMap<>(OrgLevel.class);
            rollups.forEach((level, rollup) -> byLevel.put(level, rollup.values(indicatorId, periodType, starts)));
            values.put(indicatorId, byLevel);
        });
        return values;
    }

    /**
     * K4's breakdowns for the courses of one unit, or of the whole region when {@code unitId} is null,
     * that ended between {@code from} and {@code to}, both included.
     */
    public K4Breakdown breakdown(UUID unitId, LocalDate from, LocalDate to) {
        List<UnitTypeRow> rows = queries.k4ByUnitType(unitId, from, to);
        long courses = 0;
        long invited = 0;
        long held = 0;
        long privateInvited = 0;
        long publicInvited = 0;
        List<K4Breakdown.UnitTypeCounts> unitTypes = new ArrayList<>();
        for (UnitTypeRow row : rows) {
            courses += row.courses();
            invited += row.invited();
            held += row.held();
            privateInvited += row.privateInvited();
            publicInvited += row.publicInvited();
            unitTypes.add(new K4Breakdown.UnitTypeCounts(row.unitType(), row.courses(), row.invited(), row.held()));
        }
        return new K4Breakdown(unitId, from, to, courses, invited, held,
                queries.k4CoursesByMeeting("not_invited_reason", "m.invited = false", unitId, from, to),
                queries.k4CoursesByMeeting("not_held_reason", "m.status = 'NOT_HELD'", unitId, from, to),
                queries.k4CoursesByMeeting("place", "m.status = 'HELD'", unitId, from, to),
                privateInvited, publicInvited, unitTypes);
    }

    /** The sums of one level: numerator and denominator per part of the organisation and period. */
    private static final class Rollup {

        final OrgLevel level;
        final Map<UUID, Org> orgOfUnit = new HashMap<>();
        final Map<Org, long[][]> counts = new LinkedHashMap<>();

        Rollup(OrgLevel level, List<UnitView> units, List<ClinicView> clinics, int periods) {
            this.level = level;
            for (Org org : orgs(level, units, clinics)) {
                counts.put(org, new long[periods][2]);
            }
            for (UnitView unit : units) {
                orgOfUnit.put(unit.id(), switch (level) {
                    case UNIT -> new Org(unit.id(), unit.name());
                    case CLINIC -> new Org(unit.clinicId(), unit.clinicName());
                    case TRUST -> counts.keySet().stream().filter(o -> o.id().equals(unit.trustId())).findFirst()
                            .orElseThrow();
                    case REGION -> Org.REGION;
                });
            }
        }

        void add(MonthCount row, int period) {
            long[] cell = counts.get(orgOfUnit.get(row.unitId()))[period];
            cell[0] += row.numerator();
            cell[1] += row.denominator();
        }

        List<IndicatorValue> values(String indicatorId, PeriodType periodType, List<LocalDate> starts) {
            List<IndicatorValue> values = new ArrayList<>();
            counts.forEach((org, cells) -> {
                for (int i = 0; i < starts.size(); i++) {
                    values.add(new IndicatorValue(indicatorId, level, org.id(), org.name(), starts.get(i),
                            periodType.endOf(starts.get(i)), cells[i][0], cells[i][1]));
                }
            });
            return values;
        }

        private static List<Org> orgs(OrgLevel level, List<UnitView> units, List<ClinicView> clinics) {
            return switch (level) {
                case UNIT -> units.stream().map(u -> new Org(u.id(), u.name())).toList();
                case CLINIC -> clinics.stream().map(c -> new Org(c.id(), c.name())).toList();
                case TRUST -> clinics.stream().map(c -> new Org(c.trustId(), c.trustName())).distinct()
                        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
                case REGION -> List.of(Org.REGION);
            };
        }
    }

    private record Org(UUID id, String name) {
        static final Org REGION = new Org(null, null);
    }
}
