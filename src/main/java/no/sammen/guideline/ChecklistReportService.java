package no.sammen.guideline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.Suppression;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's view of the checklists (§2): per recommendation, unit, clinic, trust and the region, over a
 * calendar year, how many courses had it offered, started, declined and found not available (each course
 * once per state, by the day registered), out of the courses with any of these registered. Outside the
 * viewer's own units, small numbers are hidden by the indicator module's linked suppression (ADR 0008):
 * one table per recommendation and year, units adding up to clinics, clinics to trusts, trusts to the
 * region, so that nothing hidden can be worked out from what is shown. Read for the medication-free courses
 * only, it answers seed 003's question of what those courses were offered (ADR 0023): a course counts as
 * medication-free by its course facts, on the pathway now or once chosen by an eligibility assessment.
 */
@Service
class ChecklistReportService {

    /** The entry's course is, or was chosen to be, on the medication-free pathway (its course facts). */
    private static final String MEDICATION_FREE_COURSE = """
            and exists (select 1 from course_fact f where f.course_id = e.course_id
                        and (f.medication_free = true or f.medication_free_chosen_on is not null))""";

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final Guideline guideline;

    ChecklistReportService(JdbcClient jdbc, OrganisationService organisation, Guideline guideline) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.guideline = guideline;
    }

    enum Level { REGION, TRUST, CLINIC, UNIT }

    /** The counts of one place; all null when hidden. */
    record Row(Level level, UUID id, String name, boolean own, boolean hidden, Long courses, Long offered,
            Long started, Long declined, Long unavailable) {
    }

    record Counts(long courses, long offered, long started, long declined, long unavailable) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(courses + o.courses, offered + o.offered, started + o.started, declined + o.declined,
                    unavailable + o.unavailable);
        }
    }

    /** The measures a clinician registers on the checklist, in catalog order: what the report can count. */
    List<Recommendation> measures() {
        return guideline.recommendations().stream()
                .filter(r -> r.kind() == RecommendationKind.MEASURE && r.answeredBy() == null).toList();
    }

    /** The rows of one recommendation and year: the region, then each trust, its clinics and their units. */
    @Transactional(readOnly = true)
    List<Row> report(CurrentUser viewer, String recommendationId, int year, boolean medicationFreeOnly) {
        Map<UUID, Counts> byUnit = counts(recommendationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                medicationFreeOnly);
        List<UnitView> units = organisation.units().stream()
                .filter(u -> u.active() || byUnit.containsKey(u.id())).toList();
        List<ClinicView> clinics = organisation.clinics();
        Map<String, Counts> cells = new LinkedHashMap<>();
        Map<String, Boolean> own = new HashMap<>();
        List<Suppression.Sum> sums = new ArrayList<>();
        Map<UUID, List<String>> clinicParts = new LinkedHashMap<>();
        Map<UUID, List<String>> trustParts = new LinkedHashMap<>();
        for (UnitView u : units) {
            cells.put(key(Level.UNIT, u.id()), byUnit.getOrDefault(u.id(), Counts.NONE));
            own.put(key(Level.UNIT, u.id()), viewer.belongsTo(u.id()));
            clinicParts.computeIfAbsent(u.clinicId(), c -> new ArrayList<>()).add(key(Level.UNIT, u.id()));
        }
        Counts region = Counts.NONE;
        for (ClinicView c : clinics) {
            Counts total = clinicParts.getOrDefault(c.id(), List.of()).stream().map(cells::get)
                    .reduce(Counts.NONE, Counts::plus);
            cells.put(key(Level.CLINIC, c.id()), total);
            if (clinicParts.containsKey(c.id())) {
                sums.add(new Suppression.Sum(key(Level.CLINIC, c.id()), clinicParts.get(c.id())));
            }
            trustParts.computeIfAbsent(c.trustId(), t -> new ArrayList<>()).add(key(Level.CLINIC, c.id()));
        }
        for (Map.Entry<UUID, List<String>> t : trustParts.entrySet()) {
            Counts total = t.getValue().stream().map(cells::get).reduce(Counts.NONE, Counts::plus);
            cells.put(key(Level.TRUST, t.getKey()), total);
            sums.add(new Suppression.Sum(key(Level.TRUST, t.getKey()), t.getValue()));
            region = region.plus(total);
        }
        cells.put(key(Level.REGION, null), region);
        sums.add(new Suppression.Sum(key(Level.REGION, null), List.copyOf(trustParts.keySet().stream()
                .map(t -> key(Level.TRUST, t)).toList())));
        List<Suppression.Cell> table = cells.entrySet().stream().map(e -> new Suppression.Cell(e.getKey(),
                e.getValue().offered(), e.getValue().courses(), own.getOrDefault(e.getKey(), false))).toList();
        Suppression.Result result = Suppression.apply(table, sums, Suppression.DEFAULT_MINIMUM_DENOMINATOR);

        List<Row> rows = new ArrayList<>();
        rows.add(row(Level.REGION, null, null, cells, own, result));
        Map<UUID, String> trustNames = new HashMap<>();
        clinics.forEach(c -> trustNames.put(c.trustId(), c.trustName()));
        for (UUID trust : trustParts.keySet()) {
            rows.add(row(Level.TRUST, trust, trustNames.get(trust), cells, own, result));
            for (ClinicView c : clinics.stream().filter(c -> c.trustId().equals(trust)).toList()) {
                rows.add(row(Level.CLINIC, c.id(), c.name(), cells, own, result));
                units.stream().filter(u -> u.clinicId().equals(c.id())).sorted(Comparator.comparing(UnitView::name))
                        .forEach(u -> rows.add(row(Level.UNIT, u.id(), u.name(), cells, own, result)));
            }
        }
        return rows;
    }

    private static Row row(Level level, UUID id, String name, Map<String, Counts> cells, Map<String, Boolean> own,
            Suppression.Result result) {
        String key = key(level, id);
        Counts c = cells.get(key);
        boolean mine = own.getOrDefault(key, false);
        if (result.isHidden(key)) {
            return new Row(level, id, name, mine, true, null, null, null, null, null);
        }
        return new Row(level, id, name, mine, false, c.courses(), c.offered(), c.started(), c.declined(),
                c.unavailable());
    }

    private static String key(Level level, UUID id) {
        return level == Level.REGION ? "R" : level.name().charAt(0) + ":" + id;
    }

    /** Per unit, the courses with the recommendation offered, started, declined or unavailable in the period. */
    private Map<UUID, Counts> counts(String recommendationId, LocalDate from, LocalDate to,
            boolean medicationFreeOnly) {
        Map<UUID, Counts> byUnit = new HashMap<>();
        jdbc.sql("""
                select e.unit_id,
                       count(distinct e.course_id) as courses,
                       count(distinct case when e.state = 'OFFERED' then e.course_id end) as offered,
                       count(distinct case when e.state = 'STARTED' then e.course_id end) as started,
                       count(distinct case when e.state = 'DECLINED' then e.course_id end) as declined,
                       count(distinct case when e.state = 'NOT_AVAILABLE' then e.course_id end) as unavailable
                from guideline_checklist_entry e
                where e.recommendation_id = :recommendation and e.state_on >= :from and e.state_on <= :to
                """ + (medicationFreeOnly ? MEDICATION_FREE_COURSE : "") + """
                group by e.unit_id""")
                .param("recommendation", recommendationId).param("from", from).param("to", to)
                .query(rs -> {
                    byUnit.put(rs.getObject("unit_id", UUID.class), new Counts(rs.getLong("courses"),
                            rs.getLong("offered"), rs.getLong("started"), rs.getLong("declined"),
                            rs.getLong("unavailable")));
                });
        return byUnit;
    }
}
