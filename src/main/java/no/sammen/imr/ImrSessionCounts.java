package no.sammen.imr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import no.sammen.indicator.CountContributor;

import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * K6, the IMR sessions held per unit and month, individual and in groups: the one definition of the count,
 * of the month IMR began at a unit and of the goal per month, for the IMR board and for the indicator
 * catalog (ADR 0032), whose reports read it through {@link CountContributor}.
 *
 * <p>A session counts at the unit that held it when the user attended. A group session counts once,
 * however many members' sessions point to it ({@code group_session_id}): the count is of sessions held, not
 * of attendances.
 */
@Component
class ImrSessionCounts implements CountContributor {

    static final String NAME = "imr_sessions";

    /**
     * Held sessions per unit, month and format, from the beginning: a group session's rows count once (by
     * their group session), every other row once (by its own id).
     */
    private static final String COUNT = "select unit_id, extract(year from held_on) as y, extract(month from held_on) as m,"
            + " format, " + ImrSessionCounts.SESSIONS + " as held from imr_session where " + ImrSessionCounts.HELD
            + " and held_on <= :to%s group by unit_id, extract(year from held_on), extract(month from held_on), format";

    /** Which rows of {@code imr_session} are sessions held: those the user attended. */
    static final String HELD = "attended = true";
    /** How the rows are counted: a group session once, by its group session; any other row once. */
    static final String SESSIONS = "count(distinct coalesce(group_session_id, id))";

    private final JdbcClient jdbc;
    private final ImrUnitSettingsRepository settings;
    private final GroupProgrammes groups;

    ImrSessionCounts(JdbcClient jdbc, ImrUnitSettingsRepository settings, GroupProgrammes groups) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.groups = groups;
    }

    /**
     * The sessions held at the unit between two days (both included): individual ones, and the IMR groups'
     * sessions, each once however many came ({@code [individual, group]}).
     */
    int[] heldBetween(UUID unitId, LocalDate from, LocalDate to) {
        int[] held = new int[2];
        jdbc.sql("select format, " + SESSIONS + " as held from imr_session where unit_id = :unit and " + HELD
                + " and held_on >= :from and held_on <= :to group by format")
                .param("unit", unitId).param("from", from).param("to", to)
                .query(rs -> {
                    held[ImrFormat.GROUP.name().equals(rs.getString("format")) ? 1 : 0] += rs.getInt("held");
                });
        held[1] += groups.heldOn(Programme.IMR, unitId, from, to).size();
        return held;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> parts() {
        return List.of(ImrFormat.INDIVIDUAL.name(), ImrFormat.GROUP.name());
    }

    /** Every unit's count, in one grouped query, and the units' goals, in one read of the settings. */
    @Override
    public Counts counts(LocalDate to) {
        List<Row> rows = rows(null, to);
        Map<UUID, Goal> goals = new HashMap<>();
        for (ImrUnitSettings s : settings.findAll()) {
            Goal goal = goal(s);
            if (goal != null) {
                goals.put(s.unitId(), goal);
            }
        }
        Map<UUID, YearMonth> began = new HashMap<>();
        for (Row row : rows) {
            began.merge(row.unitId(), row.month(), (a, b) -> a.isBefore(b) ? a : b);
        }
        goals.forEach((unit, goal) -> began.putIfAbsent(unit, goal.from()));
        return new Counts(rows, began, goals);
    }

    /** One unit's months from {@code from} to {@code to}, every month listed, and the month IMR began there. */
    UnitCounts unit(UUID unitId, YearMonth from, YearMonth to, ImrUnitSettings unitSettings) {
        Map<YearMonth, int[]> byMonth = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new int[2]);
        }
        YearMonth began = null;
        for (Row row : rows(unitId, to.atEndOfMonth())) {
            began = began == null || row.month().isBefore(began) ? row.month() : began;
            int[] counts = byMonth.get(row.month());
            if (counts != null) {
                counts[ImrFormat.GROUP.name().equals(row.part()) ? 1 : 0] += (int) row.count();
            }
        }
        Goal goal = unitSettings == null ? null : goal(unitSettings);
        if (began == null && goal != null) {
            began = goal.from();
        }
        List<ImrMonthCount> months = new ArrayList<>();
        byMonth.forEach((m, c) -> months.add(new ImrMonthCount(m, c[0], c[1])));
        return new UnitCounts(months, began);
    }

    /**
     * @param began the month IMR began at the unit: that of its first held session, or before any, the start
     *              of its goal; null when neither is known (IMR not in use)
     */
    record UnitCounts(List<ImrMonthCount> months, YearMonth began) {
    }

    /** The goal spread evenly over its months (to one decimal), or null when the unit has none. */
    static Goal goal(ImrUnitSettings s) {
        if (s.goalFrom() == null || s.goalTo() == null
                || s.individualGoal() == null && s.groupGoal() == null) {
            return null;
        }
        int total = (s.individualGoal() == null ? 0 : s.individualGoal()) + (s.groupGoal() == null ? 0 : s.groupGoal());
        YearMonth from = YearMonth.from(s.goalFrom());
        YearMonth to = YearMonth.from(s.goalTo());
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
        return new Goal(from, to, Math.round(10.0 * total / Math.max(1, months)) / 10.0);
    }

    /** Individual sessions from this module's table, the IMR groups' sessions from the group programmes. */
    private List<Row> rows(UUID unitId, LocalDate to) {
        var sql = jdbc.sql(COUNT.formatted(unitId == null ? "" : " and unit_id = :unit")).param("to", to);
        if (unitId != null) {
            sql = sql.param("unit", unitId);
        }
        List<Row> rows = new ArrayList<>(sql.query((rs, n) -> new Row(rs.getObject("unit_id", UUID.class),
                YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getString("format"), rs.getLong("held"))).list());
        for (GroupProgrammes.HeldInMonth held : groups.heldPerMonth(Programme.IMR, unitId, to)) {
            rows.add(new Row(held.unitId(), held.month(), ImrFormat.GROUP.name(), held.sessions()));
        }
        return rows;
    }
}
