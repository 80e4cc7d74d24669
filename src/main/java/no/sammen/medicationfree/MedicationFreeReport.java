package no.sammen.medicationfree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.indicator.Suppression;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseEndReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who uses medication-free courses and how they end (seed 003's research questions), per unit, DPS
 * (clinic), trust and the region, for one calendar year: the share of new psychosis courses that use
 * or used the medication-free pathway, by quarter and for the year, and how the medication-free courses
 * that ended in the year ended. Counted from the course facts. Outside the viewer's own units, small
 * numbers are hidden by the indicators' linked suppression (ADR 0008) over each whole table, so that
 * no hidden number can be worked out from the sums that are shown.
 */
@Service
@Transactional(readOnly = true)
class MedicationFreeReport {

    /** The minimum number shown outside the viewer's own units, as for the indicators. */
    static final long MINIMUM = Suppression.DEFAULT_MINIMUM_DENOMINATOR;
    /** The column of courses ended without a recorded reason, and of all ended courses. */
    static final String NOT_RECORDED = "NOT_RECORDED";
    static final String TOTAL = "TOTAL";

    enum Level { REGION, TRUST, CLINIC, UNIT }

    /** One number or share; both null when hidden. */
    record Cell(Long numerator, Long denominator, boolean hidden) {

        /** The share in whole per cent, or null when hidden or without courses. */
        public Long percent() {
            return hidden || denominator == null || denominator == 0 ? null
                    : Math.round(100.0 * numerator / denominator);
        }
    }

    /** One row of a table: a part of the organisation with its cells, in the order of the table's columns. */
    record Row(Level level, UUID orgId, String name, List<Cell> cells) {
    }

    /**
     * @param columns the columns of {@code ends}: each end reason, "not recorded", then the total
     */
    record Report(int year, List<Row> shares, List<String> columns, List<Row> ends, boolean anyHidden) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    MedicationFreeReport(JdbcClient jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    private static final String MEDICATION_FREE = "(f.medication_free = true or f.medication_free_chosen_on is not null)";

    Report report(int year, Set<UUID> ownUnits) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Organisation org = new Organisation(organisation.units(), organisation.clinics());
        // Shares: columns Q1..Q4 and the year; numerator medication-free, denominator new psychosis courses.
        List<String> quarters = List.of("Q1", "Q2", "Q3", "Q4", "YEAR");
        Map<UUID, long[][]> byUnit = new HashMap<>();
        jdbc.sql("select f.unit_id, f.start_month, count(*) as courses, sum(case when " + MEDICATION_FREE
                        + " then 1 else 0 end) as medication_free from course_fact f"
                        + " where f.psychosis = true and f.start_date >= :from and f.start_date <= :to"
                        + " group by f.unit_id, f.start_month")
                .param("from", from).param("to", to)
                .query(rs -> {
                    long[][] counts = byUnit.computeIfAbsent(rs.getObject("unit_id", UUID.class), u -> new long[5][2]);
                    int quarter = (rs.getInt("start_month") % 100 - 1) / 3;
                    for (int column : new int[] {quarter, 4}) {
                        counts[column][0] += rs.getLong("medication_free");
                        counts[column][1] += rs.getLong("courses");
                    }
                });
        Table shares = new Table(org, quarters, byUnit, ownUnits);
        // the quarters add up to the year, in every row
        shares.sumAcrossColumns("YEAR", quarters.subList(0, 4));
        // Ends: one column per reason, not recorded, and the total; numerator and denominator the count.
        List<String> columns = new ArrayList<>();
        for (CourseEndReason reason : CourseEndReason.values()) {
            columns.add(reason.name());
        }
        columns.add(NOT_RECORDED);
        columns.add(TOTAL);
        Map<UUID, long[][]> ends = new HashMap<>();
        jdbc.sql("select f.unit_id, f.end_reason, count(*) as courses from course_fact f where " + MEDICATION_FREE
                        + " and f.end_date >= :from and f.end_date <= :to group by f.unit_id, f.end_reason")
                .param("from", from).param("to", to)
                .query(rs -> {
                    long[][] counts = ends.computeIfAbsent(rs.getObject("unit_id", UUID.class),
                            u -> new long[columns.size()][2]);
                    String reason = rs.getString("end_reason");
                    long n = rs.getLong("courses");
                    for (int column : new int[] {columns.indexOf(reason == null ? NOT_RECORDED : reason),
                        columns.size() - 1}) {
                        counts[column][0] += n;
                        counts[column][1] += n;
                    }
                });
        Table endTable = new Table(org, columns, ends, ownUnits);
        endTable.sumAcrossColumns(TOTAL, columns.subList(0, columns.size() - 1));
        List<Row> shareRows = shares.rows();
        List<Row> endRows = endTable.rows();
        boolean anyHidden = shareRows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::hidden))
                || endRows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::hidden));
        return new Report(year, shareRows, columns, endRows, anyHidden);
    }

    /** The units and clinics, in the order rows are shown: each trust, its clinics, each clinic's units. */
    private record Organisation(List<UnitView> units, List<ClinicView> clinics) {
    }

    /**
     * One table for suppression: a cell per unit, clinic, trust and the region and per column, with the
     * sums of the organisation in every column and, when given, a sum across the columns in every row.
     */
    private static final class Table {

        private final List<String> columns;
        private final Map<String, Suppression.Cell> cells = new LinkedHashMap<>();
        private final List<Suppression.Sum> sums = new ArrayList<>();
        private final List<Row> rowKeys = new ArrayList<>();

        Table(Organisation org, List<String> columns, Map<UUID, long[][]> byUnit, Set<UUID> ownUnits) {
            this.columns = columns;
            Map<UUID, List<UnitView>> unitsOfClinic = new LinkedHashMap<>();
            for (UnitView unit : org.units()) {
                unitsOfClinic.computeIfAbsent(unit.clinicId(), c -> new ArrayList<>()).add(unit);
            }
            Map<UUID, List<ClinicView>> clinicsOfTrust = new LinkedHashMap<>();
            for (ClinicView clinic : org.clinics()) {
                clinicsOfTrust.computeIfAbsent(clinic.trustId(), t -> new ArrayList<>()).add(clinic);
            }
            long[][] region = new long[columns.size()][2];
            rowKeys.add(new Row(Level.REGION, null, null, List.of()));
            List<String> trustKeys = new ArrayList<>();
            for (Map.Entry<UUID, List<ClinicView>> trust : clinicsOfTrust.entrySet()) {
                long[][] trustCounts = new long[columns.size()][2];
                rowKeys.add(new Row(Level.TRUST, trust.getKey(), trust.getValue().get(0).trustName(), List.of()));
                List<String> clinicKeys = new ArrayList<>();
                for (ClinicView clinic : trust.getValue()) {
                    long[][] clinicCounts = new long[columns.size()][2];
                    rowKeys.add(new Row(Level.CLINIC, clinic.id(), clinic.name(), List.of()));
                    List<String> unitKeys = new ArrayList<>();
                    for (UnitView unit : unitsOfClinic.getOrDefault(clinic.id(), List.of())) {
                        long[][] counts = byUnit.getOrDefault(unit.id(), new long[columns.size()][2]);
                        rowKeys.add(new Row(Level.UNIT, unit.id(), unit.name(), List.of()));
                        add(Level.UNIT, unit.id(), counts, ownUnits.contains(unit.id()));
                        add(counts, clinicCounts);
                        unitKeys.add(rowKey(Level.UNIT, unit.id()));
                    }
                    add(Level.CLINIC, clinic.id(), clinicCounts, false);
                    add(clinicCounts, trustCounts);
                    sumDown(rowKey(Level.CLINIC, clinic.id()), unitKeys);
                    clinicKeys.add(rowKey(Level.CLINIC, clinic.id()));
                }
                add(Level.TRUST, trust.getKey(), trustCounts, false);
                add(trustCounts, region);
                sumDown(rowKey(Level.TRUST, trust.getKey()), clinicKeys);
                trustKeys.add(rowKey(Level.TRUST, trust.getKey()));
            }
            add(Level.REGION, null, region, false);
            sumDown(rowKey(Level.REGION, null), trustKeys);
        }

        private static void add(long[][] counts, long[][] into) {
            for (int c = 0; c < counts.length; c++) {
                into[c][0] += counts[c][0];
                into[c][1] += counts[c][1];
            }
        }

        private void add(Level level, UUID orgId, long[][] counts, boolean own) {
            for (int c = 0; c < columns.size(); c++) {
                String key = rowKey(level, orgId) + ":" + columns.get(c);
                cells.put(key, new Suppression.Cell(key, counts[c][0], counts[c][1], own));
            }
        }

        /** In every column, the total row is the sum of the part rows. */
        private void sumDown(String total, List<String> parts) {
            if (parts.isEmpty()) {
                return;
            }
            for (String column : columns) {
                sums.add(new Suppression.Sum(total + ":" + column, parts.stream().map(p -> p + ":" + column).toList()));
            }
        }

        /** In every row, the column {@code total} is the sum of the columns {@code parts}. */
        void sumAcrossColumns(String total, List<String> parts) {
            for (Row row : rowKeys) {
                String key = rowKey(row.level(), row.orgId());
                sums.add(new Suppression.Sum(key + ":" + total, parts.stream().map(p -> key + ":" + p).toList()));
            }
        }

        List<Row> rows() {
            Suppression.Result result = Suppression.apply(cells.values(), sums, MINIMUM);
            List<Row> rows = new ArrayList<>();
            for (Row row : rowKeys) {
                List<Cell> shown = new ArrayList<>();
                for (String column : columns) {
                    String key = rowKey(row.level(), row.orgId()) + ":" + column;
                    Suppression.Cell cell = cells.get(key);
                    boolean hidden = result.isHidden(key);
                    shown.add(hidden ? new Cell(null, null, true)
                            : new Cell(cell.numerator(), cell.denominator(), false));
                }
                rows.add(new Row(row.level(), row.orgId(), row.name(), shown));
            }
            return rows;
        }

        private static String rowKey(Level level, UUID orgId) {
            return level.name() + ":" + (orgId == null ? "-" : orgId);
        }
    }
}
