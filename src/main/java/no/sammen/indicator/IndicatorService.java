package no.sammen.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import no.sammen.networkmeeting.MeetingStatistics;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalog and the indicators' numerators and denominators. */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    /** Courses per page in the list behind a value. */
    public static final int COURSES_PAGE_SIZE = 50;

    private final IndicatorCatalog catalog;
    private final IndicatorQueries queries;
    private final IndicatorCounts counts;
    private final IndicatorContributions contributions;
    private final OrganisationService organisation;
    private final MeetingStatistics meetingStatistics;
    private final Clock clock;

    IndicatorService(IndicatorCatalog catalog, IndicatorQueries queries, IndicatorCounts counts,
            IndicatorContributions contributions, OrganisationService organisation,
            MeetingStatistics meetingStatistics, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.counts = counts;
        this.contributions = contributions;
        this.organisation = organisation;
        this.meetingStatistics = meetingStatistics;
        this.clock = clock;
    }

    /**
     * Every proportion of the catalog in use, in catalog order: the indicators counted from the course
     * facts. The count indicators are {@link #countIndicators()}; {@link #catalog(Integer)} gives both.
     */
    public List<IndicatorDefinition> catalog() {
        return catalog.proportions();
    }

    /**
     * The proportions of the catalog in use that the modules tell through {@link ProportionContributor} (K8, K9;
     * ADR 0038), in catalog order: shown, rolled up, suppressed and exported as the proportions of
     * {@link #catalog()} are, but not counted from the course facts, so without drill-down to courses.
     */
    public List<IndicatorDefinition> contributedIndicators() {
        return catalog.contributed();
    }

    /** The count indicators of the catalog in use, in catalog order (ADR 0032). */
    public List<IndicatorDefinition> countIndicators() {
        return catalog.counts();
    }

    /**
     * The count indicator of the catalog in use that the named contributor counts, so that a module showing
     * the same count elsewhere (the IMR board) marks the same periods provisional.
     *
     * @throws NotFoundException when no indicator of the catalog in use is counted by it
     */
    public IndicatorDefinition countedBy(String contributor) {
        return catalog.counts().stream().filter(d -> d.countedBy().equals(contributor)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator"));
    }

    /**
     * The values of every count indicator of the catalog in use, for every unit, clinic, trust and the region
     * and every period of the types asked for from the one holding {@code from} to the one holding {@code to}:
     * one read of each contributor. Not suppressed: they count things done, not persons (ADR 0032).
     *
     * @return per indicator id, in catalog order, the values ordered by level, name, period type and start
     */
    public Map<String, List<CountValue>> catalogCountValues(Set<PeriodType> periodTypes, LocalDate from, LocalDate to) {
        return counts.values(catalog.counts(), periodTypes, from, to, LocalDate.now(clock), organisation.units(),
                organisation.clinics());
    }

    /** One count indicator's values, as {@link #catalogCountValues}; the definition may be of any catalog version. */
    public List<CountValue> countValues(IndicatorDefinition definition, PeriodType periodType, LocalDate from,
            LocalDate to) {
        return countValues(definition, periodType, from, to, LocalDate.now(clock));
    }

    List<CountValue> countValues(IndicatorDefinition definition, PeriodType periodType, LocalDate from, LocalDate to,
            LocalDate today) {
        if (!definition.isCount()) {
            throw new IllegalArgumentException(definition.id() + " is not a count");
        }
        return counts.values(List.of(definition), EnumSet.of(periodType), from, to, today, organisation.units(),
                organisation.clinics()).get(definition.id());
    }

    /** The number of the catalog version in use: the latest (ADR 0021). */
    public int catalogVersion() {
        return catalog.version();
    }

    /** The numbers of every catalog version kept, oldest first. */
    public List<Integer> catalogVersions() {
        return catalog.versions();
    }

    /**
     * Every indicator of one catalog version, in catalog order; null gives the version in use.
     *
     * @throws InvalidInputException naming {@code catalogVersion} for a version that is not kept
     */
    public List<IndicatorDefinition> catalog(Integer version) {
        return version == null ? catalog.indicators() : catalog.indicators(version)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("catalogVersion",
                        "indicator.catalogVersion.unknown", catalog.versions().toString())));
    }

    /**
     * One indicator as a catalog version defines it; null gives the version in use.
     *
     * @throws NotFoundException for an indicator id not in that version
     * @throws InvalidInputException for a version that is not kept
     */
    public IndicatorDefinition definition(String indicatorId, Integer version) {
        return catalog(version).stream().filter(d -> d.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator"));
    }

    /**
     * One unit's courses counted by an indicator between {@code from} and {@code to} (by its placing
     * date), with those counted only because their exclusion came after the window closed and the
     * breakdowns (ADR 0021): the same selection as the values.
     */
    public IndicatorExtras extras(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to) {
        return queries.unitExtras(definition, unitId, from, to, LocalDate.now(clock));
    }

    /**
     * The indicators of the catalog in use in which the course stays although an exclusion is set
     * on it, because the exclusion was registered after the window closed: for the course page.
     */
    public List<IndicatorDefinition> excludedAfterWindow(UUID courseId) {
        return queries.excludedAfterWindow(catalog.proportions(), courseId);
    }

    /**
     * Per part of the organisation at {@code level} and period, the courses counted by the indicator
     * only because their exclusion was registered after the window closed (ADR 0021), keyed by
     * {@link #key(UUID, LocalDate)}; zero counts are left out.
     */
    public Map<String, Long> excludedAfterWindow(IndicatorDefinition definition, OrgLevel level,
            PeriodType periodType, LocalDate from, LocalDate to) {
        return excludedAfterWindow(definition, level, periodType, from, to, LocalDate.now(clock));
    }

    Map<String, Long> excludedAfterWindow(IndicatorDefinition definition, OrgLevel level, PeriodType periodType,
            LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Long> late = new HashMap<>();
        values(List.of(definition), EnumSet.of(level), periodType, from, to, today,
                (first, last) -> queries.monthlyExcludedAfterWindow(List.of(definition), first, last, today))
                .get(definition.id()).get(level).stream().filter(v -> v.numerator() > 0)
                .forEach(v -> late.put(key(v.orgId(), v.periodStart()), v.numerator()));
        return late;
    }

    /** The key of a part of the organisation (null: the region) and a period's first day. */
    public static String key(UUID orgId, LocalDate periodStart) {
        return (orgId == null ? "-" : orgId.toString()) + ":" + periodStart;
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

    /** The values of one level as a given definition (of any catalog version) counts them, windows closed as of {@code today}. */
    List<IndicatorValue> values(IndicatorDefinition definition, OrgLevel level, PeriodType periodType, LocalDate from,
            LocalDate to, LocalDate today) {
        return values(List.of(definition), EnumSet.of(level), periodType, from, to, today).get(definition.id())
                .get(level);
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
        return values(catalog.proportions(), levels, periodType, from, to, today);
    }

    private Map<String, Map<OrgLevel, List<IndicatorValue>>> values(List<IndicatorDefinition> definitions,
            Set<OrgLevel> levels, PeriodType periodType, LocalDate from, LocalDate to, LocalDate today) {
        return values(definitions, levels, periodType, from, to, today,
                (first, last) -> monthly(definitions, first, last, today, null));
    }

    /**
     * The monthly counts of the definitions, in their order: those counted from the course facts by the one pass
     * over them (with the settled months, ADR 0033), the contributed ones from their contributors (ADR 0038).
     *
     * @param provisional when not null, receives per contributed indicator the unit-months its contributor says
     *                    may still change
     */
    private Map<String, List<MonthCount>> monthly(List<IndicatorDefinition> definitions, LocalDate first,
            LocalDate last, LocalDate today, Map<String, Set<IndicatorContributions.UnitMonth>> provisional) {
        List<IndicatorDefinition> facts = definitions.stream().filter(IndicatorDefinition::fromCourseFacts).toList();
        Map<String, List<MonthCount>> counted = facts.isEmpty() ? Map.of()
                : queries.monthly(facts, first, last, today);
        IndicatorContributions.Monthly told = facts.size() == definitions.size() ? null
                : contributions.monthly(definitions, first, last);
        Map<String, List<MonthCount>> all = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            all.put(d.id(), d.isContributed() ? told.counts().get(d.id()) : counted.get(d.id()));
        }
        if (provisional != null && told != null) {
            provisional.putAll(told.provisional());
        }
        return all;
    }

    /** As above, with the monthly counts of the first to the last day read by {@code monthly}. */
    private Map<String, Map<OrgLevel, List<IndicatorValue>>> values(List<IndicatorDefinition> definitions,
            Set<OrgLevel> levels, PeriodType periodType, LocalDate from, LocalDate to, LocalDate today,
            java.util.function.BiFunction<LocalDate, LocalDate, Map<String, List<MonthCount>>> monthly) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = periodType.startOf(from); !s.isAfter(to); s = periodType.endOf(s).plusDays(1)) {
            starts.add(s);
        }
        LocalDate end = periodType.endOf(starts.get(starts.size() - 1));
        // The period of each month from the first period's start to the last one's end, by months since the first.
        int firstMonth = monthIndex(starts.get(0).getYear(), starts.get(0).getMonthValue());
        int[] periodOfMonth = new int[monthIndex(end.getYear(), end.getMonthValue()) - firstMonth + 1];
        for (int i = 0, month = 0; i < starts.size(); i++) {
            LocalDate periodEnd = periodType.endOf(starts.get(i));
            for (; month < periodOfMonth.length && monthIndex(periodEnd.getYear(), periodEnd.getMonthValue())
                    >= firstMonth + month; month++) {
                periodOfMonth[month] = i;
            }
        }
        List<UnitView> units = organisation.units();
        List<ClinicView> clinics = levels.contains(OrgLevel.CLINIC) || levels.contains(OrgLevel.TRUST)
                ? organisation.clinics() : List.of();

        Map<String, Map<OrgLevel, List<IndicatorValue>>> values = new LinkedHashMap<>();
        monthly.apply(starts.get(0), end).forEach((indicatorId, rows) -> {
            Map<OrgLevel, Rollup> rollups = new EnumMap<>(OrgLevel.class);
            for (OrgLevel level : OrgLevel.values()) {
                if (levels.contains(level)) {
                    rollups.put(level, new Rollup(level, units, clinics, starts.size()));
                }
            }
            Rollup[] each = rollups.values().toArray(Rollup[]::new);
            for (MonthCount row : rows) {
                int period = periodOfMonth[monthIndex(row.year(), row.month()) - firstMonth];
                for (Rollup rollup : each) {
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
     * An indicator's values for every unit, clinic, trust and the region, per period of
     * {@code periodType} from the period holding {@code from} to the one holding {@code to}, as a
     * viewer who belongs to {@code ownUnits} may see them: other values are suppressed by
     * {@link Suppression}.
     *
     * <p>Suppression is decided on whole calendar years, always the same way whatever is asked for:
     * the table of a year holds its months, quarters and the year for every level of the
     * organisation, tied by their sums. So what one view or export hides stays hidden in every other
     * view and export of the same viewer, and nothing hidden can be worked out by putting them side
     * by side. Ordered by level (unit, clinic, trust, region), name, then period.
     *
     * @throws NotFoundException for an indicator id not in the catalog
     */
    public List<ShownValue> shownValues(String indicatorId, PeriodType periodType, LocalDate from, LocalDate to,
            Set<UUID> ownUnits) {
        return shownValues(indicatorId, periodType, from, to, ownUnits, LocalDate.now(clock));
    }

    List<ShownValue> shownValues(String indicatorId, PeriodType periodType, LocalDate from, LocalDate to,
            Set<UUID> ownUnits, LocalDate today) {
        IndicatorDefinition definition = catalog.find(indicatorId)
                .orElseThrow(() -> new NotFoundException("indicator"));
        return catalogShownValues(List.of(definition), EnumSet.of(periodType), from, to, ownUnits, today)
                .get(indicatorId);
    }

    /**
     * {@link #shownValues(String, PeriodType, LocalDate, LocalDate, Set)} of an indicator as a given
     * definition (of any catalog version, see {@link #definition(String, Integer)}) counts it.
     */
    public List<ShownValue> shownValues(IndicatorDefinition definition, PeriodType periodType, LocalDate from,
            LocalDate to, Set<UUID> ownUnits) {
        return catalogShownValues(List.of(definition), EnumSet.of(periodType), from, to, ownUnits, LocalDate.now(clock))
                .get(definition.id());
    }

    /** As above with windows closed as of {@code today}. */
    List<ShownValue> shownValues(IndicatorDefinition definition, PeriodType periodType, LocalDate from,
            LocalDate to, Set<UUID> ownUnits, LocalDate today) {
        return catalogShownValues(List.of(definition), EnumSet.of(periodType), from, to, ownUnits, today).get(definition.id());
    }

    /**
     * {@link #shownValues} for every indicator of the catalog at once, read with one query per
     * placing date: the whole regional report as the viewer may see it.
     *
     * @return each indicator's values by id, in catalog order
     */
    public Map<String, List<ShownValue>> catalogShownValues(PeriodType periodType, LocalDate from, LocalDate to,
            Set<UUID> ownUnits) {
        return catalogShownValues(catalog.proportions(), EnumSet.of(periodType), from, to, ownUnits,
                LocalDate.now(clock));
    }

    /**
     * The contributed proportions' values (K8, K9; ADR 0038) as {@link #catalogShownValues(Set, LocalDate,
     * LocalDate, Set)} gives the others: the same roll-up and the same suppression, from one read of each
     * contributor.
     */
    public Map<String, List<ShownValue>> contributedShownValues(Set<PeriodType> periodTypes, LocalDate from,
            LocalDate to, Set<UUID> ownUnits) {
        return catalogShownValues(catalog.contributed(), periodTypes, from, to, ownUnits, LocalDate.now(clock));
    }

    /**
     * {@link #catalogShownValues(PeriodType, LocalDate, LocalDate, Set)} at several period types at once, from
     * one count and one suppression of each year: what a report that may be read by month or by quarter
     * needs (ADR 0020). Each value says its period type; the periods are those from the one holding
     * {@code from} to the one holding {@code to}, at each type.
     */
    public Map<String, List<ShownValue>> catalogShownValues(Set<PeriodType> periodTypes, LocalDate from, LocalDate to,
            Set<UUID> ownUnits) {
        return catalogShownValues(catalog.proportions(), periodTypes, from, to, ownUnits, LocalDate.now(clock));
    }

    private Map<String, List<ShownValue>> catalogShownValues(List<IndicatorDefinition> definitions,
            Set<PeriodType> periodTypes, LocalDate from, LocalDate to, Set<UUID> ownUnits, LocalDate today) {
        // The earliest first period and the latest last period of the types asked for.
        LocalDate first = periodTypes.stream().map(t -> t.startOf(from)).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = periodTypes.stream().map(t -> t.startOf(to)).max(Comparator.naturalOrder()).orElseThrow();
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        List<UnitView> units = organisation.units();
        List<ClinicView> clinics = organisation.clinics();
        Map<String, Set<IndicatorContributions.UnitMonth>> open = new HashMap<>();
        Map<String, List<MonthCount>> counts = monthly(definitions, LocalDate.of(first.getYear(), 1, 1),
                LocalDate.of(last.getYear(), 12, 31), today, open);
        Map<String, List<ShownValue>> all = new LinkedHashMap<>();
        for (IndicatorDefinition definition : definitions) {
            Map<UUID, long[][]> unitMonths = new HashMap<>();
            for (UnitView unit : units) {
                unitMonths.put(unit.id(), new long[(last.getYear() - first.getYear() + 1) * 12][2]);
            }
            for (MonthCount row : counts.get(definition.id())) {
                long[][] months = unitMonths.get(row.unitId());
                if (months != null) {
                    long[] cell = months[(row.year() - first.getYear()) * 12 + row.month() - 1];
                    cell[0] += row.numerator();
                    cell[1] += row.denominator();
                }
            }
            Set<String> provisionalCells = provisionalCells(open.getOrDefault(definition.id(), Set.of()), units);
            List<ShownValue> shown = new ArrayList<>();
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                YearTable table = new YearTable(year, units, clinics, unitMonths, first.getYear(), ownUnits);
                Suppression.Result result = Suppression.apply(table.cells.values(), table.sums,
                        definition.minimumDenominator());
                for (YearTable.Entry entry : table.entries) {
                    PeriodType type = entry.periodType();
                    if (periodTypes.contains(type) && !entry.start().isBefore(type.startOf(from))
                            && !entry.start().isAfter(type.startOf(to))) {
                        Suppression.Cell cell = table.cells.get(entry.key());
                        boolean hidden = result.isHidden(entry.key());
                        shown.add(new ShownValue(definition.id(), entry.level(), entry.orgId(), entry.orgName(),
                                entry.periodType(), entry.start(), entry.periodType().endOf(entry.start()),
                                hidden ? null : cell.numerator(), hidden ? null : cell.denominator(), hidden,
                                result.reason(entry.key()),
                                definition.provisional(entry.periodType().endOf(entry.start()), today)
                                        || provisionalCells.contains(entry.key())));
                    }
                }
            }
            shown.sort(Comparator.comparing(ShownValue::level)
                    .thenComparing(v -> v.orgName() == null ? "" : v.orgName())
                    .thenComparing(v -> v.orgId() == null ? "" : v.orgId().toString())
                    .thenComparing(ShownValue::periodType)
                    .thenComparing(ShownValue::periodStart));
            all.put(definition.id(), shown);
        }
        return all;
    }

    /**
     * The cells of the suppression tables (every level and period type) that hold a unit-month a contributor says
     * may still change: such a cell is provisional like a period whose window is open (ADR 0020, 0038).
     */
    private static Set<String> provisionalCells(Set<IndicatorContributions.UnitMonth> open, List<UnitView> units) {
        if (open.isEmpty()) {
            return Set.of();
        }
        Map<UUID, UnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<String> cells = new java.util.HashSet<>();
        for (IndicatorContributions.UnitMonth m : open) {
            UnitView unit = byId.get(m.unitId());
            if (unit == null) {
                continue;
            }
            for (PeriodType type : PeriodType.values()) {
                String period = type.name() + type.startOf(m.month().atDay(1));
                cells.add(YearTable.key(OrgLevel.UNIT, unit.id(), period));
                cells.add(YearTable.key(OrgLevel.CLINIC, unit.clinicId(), period));
                cells.add(YearTable.key(OrgLevel.TRUST, unit.trustId(), period));
                cells.add(YearTable.key(OrgLevel.REGION, null, period));
            }
        }
        return cells;
    }

    /**
     * One calendar year as a table for suppression: a cell per unit, clinic, trust and the region
     * and per month, quarter and the year, with the sums between them.
     */
    private static final class YearTable {

        record Entry(String key, OrgLevel level, UUID orgId, String orgName, PeriodType periodType,
                LocalDate start) {
        }

        final Map<String, Suppression.Cell> cells = new LinkedHashMap<>();
        final List<Suppression.Sum> sums = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();

        YearTable(int year, List<UnitView> units, List<ClinicView> clinics, Map<UUID, long[][]> unitMonths,
                int firstYear, Set<UUID> ownUnits) {
            List<LocalDate> periods = new ArrayList<>();
            List<PeriodType> types = new ArrayList<>();
            for (PeriodType type : List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR)) {
                for (LocalDate s = LocalDate.of(year, 1, 1); s.getYear() == year; s = type.endOf(s).plusDays(1)) {
                    periods.add(s);
                    types.add(type);
                }
            }
            Map<UUID, List<String>> unitsOfClinic = new LinkedHashMap<>();
            Map<UUID, List<String>> clinicsOfTrust = new LinkedHashMap<>();
            Map<UUID, String> trustNames = new LinkedHashMap<>();
            for (ClinicView clinic : clinics) {
                unitsOfClinic.put(clinic.id(), new ArrayList<>());
                clinicsOfTrust.computeIfAbsent(clinic.trustId(), t -> new ArrayList<>()).add(clinic.id().toString());
                trustNames.put(clinic.trustId(), clinic.trustName());
            }
            for (int p = 0; p < periods.size(); p++) {
                LocalDate start = periods.get(p);
                PeriodType type = types.get(p);
                String period = type.name() + start;
                long[] region = new long[2];
                Map<UUID, long[]> clinicCounts = new HashMap<>();
                for (UnitView unit : units) {
                    long[][] months = unitMonths.get(unit.id());
                    long[] count = new long[2];
                    int firstMonth = (year - firstYear) * 12 + start.getMonthValue() - 1;
                    for (int m = firstMonth; m < firstMonth + type.months(); m++) {
                        count[0] += months[m][0];
                        count[1] += months[m][1];
                    }
                    add(OrgLevel.UNIT, unit.id(), unit.name(), type, start, count, ownUnits.contains(unit.id()));
                    clinicCounts.computeIfAbsent(unit.clinicId(), c -> new long[2]);
                    clinicCounts.get(unit.clinicId())[0] += count[0];
                    clinicCounts.get(unit.clinicId())[1] += count[1];
                    if (p == 0) {
                        unitsOfClinic.computeIfAbsent(unit.clinicId(), c -> new ArrayList<>()).add(unit.id().toString());
                    }
                }
                Map<UUID, long[]> trustCounts = new HashMap<>();
                for (ClinicView clinic : clinics) {
                    long[] count = clinicCounts.getOrDefault(clinic.id(), new long[2]);
                    add(OrgLevel.CLINIC, clinic.id(), clinic.name(), type, start, count, false);
                    trustCounts.computeIfAbsent(clinic.trustId(), t -> new long[2]);
                    trustCounts.get(clinic.trustId())[0] += count[0];
                    trustCounts.get(clinic.trustId())[1] += count[1];
                    List<String> parts = unitsOfClinic.get(clinic.id());
                    if (!parts.isEmpty()) {
                        sums.add(new Suppression.Sum(key(OrgLevel.CLINIC, clinic.id(), period),
                                parts.stream().map(u -> "UNIT:" + u + ":" + period).toList()));
                    }
                }
                for (Map.Entry<UUID, List<String>> trust : clinicsOfTrust.entrySet()) {
                    long[] count = trustCounts.get(trust.getKey());
                    add(OrgLevel.TRUST, trust.getKey(), trustNames.get(trust.getKey()), type, start, count, false);
                    region[0] += count[0];
                    region[1] += count[1];
                    sums.add(new Suppression.Sum(key(OrgLevel.TRUST, trust.getKey(), period),
                            trust.getValue().stream().map(c -> "CLINIC:" + c + ":" + period).toList()));
                }
                add(OrgLevel.REGION, null, null, type, start, region, false);
                if (!clinicsOfTrust.isEmpty()) {
                    sums.add(new Suppression.Sum(key(OrgLevel.REGION, null, period), clinicsOfTrust.keySet()
                            .stream().map(t -> key(OrgLevel.TRUST, t, period)).toList()));
                }
            }
            // Months add up to quarters and quarters to the year, for every part of the organisation.
            for (Entry entry : List.copyOf(entries)) {
                if (entry.periodType() == PeriodType.QUARTER) {
                    List<String> months = new ArrayList<>();
                    for (int m = 0; m < 3; m++) {
                        months.add(key(entry.level(), entry.orgId(), PeriodType.MONTH.name() + entry.start().plusMonths(m)));
                    }
                    sums.add(new Suppression.Sum(entry.key(), months));
                } else if (entry.periodType() == PeriodType.YEAR) {
                    List<String> quarters = new ArrayList<>();
                    for (int q = 0; q < 4; q++) {
                        quarters.add(key(entry.level(), entry.orgId(),
                                PeriodType.QUARTER.name() + entry.start().plusMonths(3L * q)));
                    }
                    sums.add(new Suppression.Sum(entry.key(), quarters));
                }
            }
        }

        private void add(OrgLevel level, UUID orgId, String name, PeriodType type, LocalDate start, long[] count,
                boolean own) {
            String key = key(level, orgId, type.name() + start);
            cells.put(key, new Suppression.Cell(key, count[0], count[1], own));
            entries.add(new Entry(key, level, orgId, name, type, start));
        }

        private static String key(OrgLevel level, UUID orgId, String period) {
            return level.name() + ":" + (orgId == null ? "-" : orgId.toString()) + ":" + period;
        }
    }

    /**
     * The courses behind one unit's value of an indicator for the period of {@code periodType} that
     * holds {@code periodStart}, one page of {@link #COURSES_PAGE_SIZE}: the courses the value counts,
     * selected by the same SQL as {@link #values}, so that the courses listed are exactly the
     * denominator's and those marked {@code met} exactly the numerator's.
     *
     * <p>Person-level data: only for a viewer who belongs to the unit and may read its courses
     * (clinician, coordinator, leader). Not audited here: the caller audits what it shows.
     *
     * @throws NotFoundException for an indicator not in the catalog, and for a unit the viewer may
     *         not drill into, whether it exists or not
     */
    public IndicatorCourses courses(CurrentUser viewer, String indicatorId, UUID unitId, PeriodType periodType,
            LocalDate periodStart, MetFilter filter, int page) {
        return courses(viewer, indicatorId, unitId, periodType, periodStart, filter, page, COURSES_PAGE_SIZE,
                LocalDate.now(clock));
    }

    /** As {@link #courses(CurrentUser, String, UUID, PeriodType, LocalDate, MetFilter, int)} with a page size and windows closed as of {@code today}. */
    IndicatorCourses courses(CurrentUser viewer, String indicatorId, UUID unitId, PeriodType periodType,
            LocalDate periodStart, MetFilter filter, int page, int size, LocalDate today) {
        if (!mayDrillInto(viewer, unitId)) {
            throw new NotFoundException("unit");
        }
        IndicatorDefinition definition = catalog.find(indicatorId)
                .orElseThrow(() -> new NotFoundException("indicator"));
        LocalDate from = periodType.startOf(periodStart);
        LocalDate to = periodType.endOf(from);
        IndicatorQueries.CourseCounts counts = queries.unitCounts(definition, unitId, from, to, today);
        long total = switch (filter) {
            case ALL -> counts.denominator();
            case MET -> counts.numerator();
            case NOT_MET -> counts.denominator() - counts.numerator();
        };
        int first = Math.max(page, 0);
        List<IndicatorCourse> items = queries.unitCourses(definition, unitId, from, to, today, filter.met(), size,
                (long) first * size);
        return new IndicatorCourses(indicatorId, unitId, periodType, from, to, filter, counts.numerator(),
                counts.denominator(), new PageOf<>(items, first, size, total));
    }

    /** Whether the viewer may see the courses behind the unit's values: a member who may read courses. */
    public static boolean mayDrillInto(CurrentUser viewer, UUID unitId) {
        return viewer.mayReadCourses() && viewer.belongsTo(unitId);
    }

    /**
     * K4's breakdowns for the courses of one unit, or of the whole region when {@code unitId} is null,
     * that ended between {@code from} and {@code to}, both included.
     */
    public K4Breakdown breakdown(UUID unitId, LocalDate from, LocalDate to) {
        // K4's own denominator (K4a and K4b share it): e.g. a course ended by death is in none of the figures.
        String counted = queries.counted(definition("K4A", null), LocalDate.now(clock));
        List<UnitTypeRow> rows = queries.k4ByUnitType(unitId, from, to, counted);
        MeetingStatistics.Breakdown meetings = meetingStatistics.ofCoursesEnded(unitId, from, to, counted);
        long courses = 0;
        long invited = 0;
        long held = 0;
        List<K4Breakdown.UnitTypeCounts> unitTypes = new ArrayList<>();
        for (UnitTypeRow row : rows) {
            courses += row.courses();
            invited += row.invited();
            held += row.held();
            unitTypes.add(new K4Breakdown.UnitTypeCounts(row.unitType(), row.courses(), row.invited(), row.held()));
        }
        return new K4Breakdown(unitId, from, to, courses, invited, held,
                meetings.notInvitedReasons(), meetings.notHeldReasons(), meetings.places(),
                meetings.privateInvited(), meetings.publicInvited(), unitTypes);
    }

    /** Months counted from year 0, so that consecutive months differ by one. */
    private static int monthIndex(int year, int month) {
        return year * 12 + month - 1;
    }

    /** The sums of one level: numerator and denominator per part of the organisation and period. */
    private static final class Rollup {

        final OrgLevel level;
        /** Each unit's cells: those of the unit, clinic, trust or region it belongs to at this level. */
        final Map<UUID, long[][]> cellsOfUnit = new HashMap<>();
        final Map<Org, long[][]> counts = new LinkedHashMap<>();

        Rollup(OrgLevel level, List<UnitView> units, List<ClinicView> clinics, int periods) {
            this.level = level;
            for (Org org : orgs(level, units, clinics)) {
                counts.put(org, new long[periods][2]);
            }
            for (UnitView unit : units) {
                Org org = switch (level) {
                    case UNIT -> new Org(unit.id(), unit.name());
                    case CLINIC -> new Org(unit.clinicId(), unit.clinicName());
                    case TRUST -> counts.keySet().stream().filter(o -> o.id().equals(unit.trustId())).findFirst()
                            .orElseThrow();
                    case REGION -> Org.REGION;
                };
                cellsOfUnit.put(unit.id(), counts.get(org));
            }
        }

        void add(MonthCount row, int period) {
            long[] cell = cellsOfUnit.get(row.unitId())[period];
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
