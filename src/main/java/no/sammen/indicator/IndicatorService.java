package no.sammen.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.IndicatorQueries.MonthCount;
import no.sammen.indicator.IndicatorQueries.UnitTypeRow;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
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
        IndicatorDefinition definition = catalog.find(indicatorId)
                .orElseThrow(() -> new NotFoundException("indicator"));
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
        Map<UUID, Org> orgOfUnit = new HashMap<>();
        Map<Org, long[][]> counts = new LinkedHashMap<>();
        for (Org org : orgs(level, units)) {
            counts.put(org, new long[starts.size()][2]);
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
        for (MonthCount row : queries.monthly(definition, starts.get(0), end, today)) {
            Org org = orgOfUnit.get(row.unitId());
            int period = periodOfStart.get(periodType.startOf(LocalDate.of(row.year(), row.month(), 1)));
            long[] cell = counts.get(org)[period];
            cell[0] += row.numerator();
            cell[1] += row.denominator();
        }

        List<IndicatorValue> values = new ArrayList<>();
        counts.forEach((org, cells) -> {
            for (int i = 0; i < starts.size(); i++) {
                values.add(new IndicatorValue(indicatorId, level, org.id(), org.name(), starts.get(i),
                        periodType.endOf(starts.get(i)), cells[i][0], cells[i][1]));
            }
        });
        return values;
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

    private List<Org> orgs(OrgLevel level, List<UnitView> units) {
        return switch (level) {
            case UNIT -> units.stream().map(u -> new Org(u.id(), u.name())).toList();
            case CLINIC -> organisation.clinics().stream().map(c -> new Org(c.id(), c.name())).toList();
            case TRUST -> organisation.clinics().stream().map(c -> new Org(c.trustId(), c.trustName())).distinct()
                    .sorted((a, b) -> a.name().compareTo(b.name())).toList();
            case REGION -> List.of(Org.REGION);
        };
    }

    private record Org(UUID id, String name) {
        static final Org REGION = new Org(null, null);
    }
}
