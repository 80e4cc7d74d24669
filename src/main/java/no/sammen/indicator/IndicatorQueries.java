package no.sammen.indicator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.family.Relation;
import no.sammen.family.Sphere;
import no.sammen.indicator.IndicatorDefinition.Exclusion;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorDefinition.Population;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counting, in SQL that runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Each indicator is
 * one query that groups its courses by unit, year and month; months are summed to quarters, years
 * and higher levels of the organisation in Java, which only ever sees these small totals.
 *
 * <p>Which courses an indicator counts (population, placing date, window, exclusions) comes from its
 * catalog entry; only what its numerator means is written here, per indicator id. The counts and
 * the lists of courses behind them (the drill-down) are built from one and the same selection.
 */
@Component
class IndicatorQueries {

    /** Relative contacts are stored as instants; "day 3" is a date in Norwegian time. */
    private static final String CONTACT_DAY = dayNumber("(r.contacted_at at time zone 'Europe/Oslo')");

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc, IndicatorCatalog catalog) {
        this.jdbc = jdbc;
        for (IndicatorDefinition definition : catalog.indicators()) {
            numerator(definition); // fails at start-up for an indicator the application cannot count
        }
    }

    record MonthCount(UUID unitId, int year, int month, long numerator, long denominator) {
    }

    /**
     * Numerator and denominator per unit and calendar month for courses whose placing date lies
     * between {@code from} and {@code to}, both included. {@code today} decides which windows have
     * closed: a window of N days closes when start + N is before today.
     */
    List<MonthCount> monthly(IndicatorDefinition definition, LocalDate from, LocalDate to, LocalDate today) {
        Counted counted = counted(definition, from, to, today, null);
        String sql = """
                select unit_id, y, m, sum(met) as numerator, count(*) as denominator from (%s) counted
                group by unit_id, y, m""".formatted(counted.select(
                "c.unit_id, extract(year from %1$s) as y, extract(month from %1$s) as m".formatted(counted.placing())));
        return jdbc.sql(sql).params(counted.params())
                .query((rs, n) -> new MonthCount(rs.getObject("unit_id", UUID.class), rs.getInt("y"), rs.getInt("m"),
                        rs.getLong("numerator"), rs.getLong("denominator")))
                .list();
    }

    record CourseCounts(long numerator, long denominator) {
    }

    /**
     * Numerator and denominator of one unit for courses placed between {@code from} and {@code to}:
     * the same selection as {@link #monthly}, summed over the range.
     */
    CourseCounts unitCounts(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to,
            LocalDate today) {
        Counted counted = counted(definition, from, to, today, unitId);
        return jdbc.sql("select coalesce(sum(met), 0) as numerator, count(*) as denominator from (%s) counted"
                        .formatted(counted.select("c.id")))
                .params(counted.params())
                .query((rs, n) -> new CourseCounts(rs.getLong("numerator"), rs.getLong("denominator"))).single();
    }

    /**
     * The courses of one unit that {@link #unitCounts} counts, ordered by placing date, then id: each
     * with whether it meets the numerator. {@code met} null gives all of them, true or false only
     * those in or out of the numerator.
     */
    List<IndicatorCourse> unitCourses(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to,
            LocalDate today, Boolean met, int limit, long offset) {
        Counted counted = counted(definition, from, to, today, unitId);
        String sql = """
                select id, start_date, end_date, met from (%s) counted%s
                order by placed, id
                limit :limit offset :offset""".formatted(
                counted.select("c.id, c.start_date, c.end_date, " + counted.placing() + " as placed"),
                met == null ? "" : " where met = :met");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(counted.params()).param("limit", limit)
                .param("offset", offset);
        if (met != null) {
            statement = statement.param("met", met ? 1 : 0);
        }
        return statement.query((rs, n) -> new IndicatorCourse(rs.getObject("id", UUID.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getInt("met") == 1)).list();
    }

    /**
     * The courses an indicator counts and whether each meets its numerator, as SQL over {@code
     * treatment_course c}: one selection for the counts and the lists of courses, so that the two
     * cannot disagree.
     *
     * @param placing the column whose date places a course in a period
     * @param where   population, placing date between {@code :from} and {@code :to}, exclusions,
     *                closed window (or numerator met), and the unit when one is given
     * @param met     1 for a course in the numerator, otherwise 0
     */
    private record Counted(String placing, String where, String met, Map<String, Object> params) {

        /** One row per counted course: the given columns and {@code met}. */
        String select(String columns) {
            return "select " + columns + ", " + met + " as met from treatment_course c where " + where;
        }
    }

    private Counted counted(IndicatorDefinition definition, LocalDate from, LocalDate to, LocalDate today,
            UUID unitId) {
        String placing = definition.periodDate() == PeriodDate.START ? "c.start_date" : "c.end_date";
        String numerator = numerator(definition);
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        StringBuilder where = new StringBuilder(placing + " >= :from and " + placing + " <= :to");
        if (definition.population() == Population.PSYCHOSIS) {
            where.append(" and c.psychosis = true");
        }
        if (definition.excludes(Exclusion.NO_NETWORK)) {
            where.append(" and not exists (select 1 from family_course f where f.course_id = c.id"
                    + " and f.no_network = true)");
        }
        if (definition.windowDays() != null) {
            where.append(" and (c.start_date < :windowClosedBefore or ").append(numerator).append(")");
            params.put("windowClosedBefore", today.minusDays(definition.windowDays()));
        }
        if (unitId != null) {
            where.append(" and c.unit_id = :unitId");
            params.put("unitId", unitId);
        }
        return new Counted(placing, where.toString(), "case when " + numerator + " then 1 else 0 end", params);
    }

    /** The condition on a course {@code c} that puts it in the numerator. */
    private static String numerator(IndicatorDefinition definition) {
        return switch (definition.id()) {
            case "K1" -> "exists (select 1 from relative_contact r where r.course_id = c.id and "
                    + CONTACT_DAY + " <= " + dayNumber("c.start_date + " + requireWindow(definition)) + ")";
            case "K2" -> "(select count(distinct b.kind) from basic_conversation b where b.course_id = c.id"
                    + " and b.kind in ('PATIENT', 'RELATIVES', 'BOTH')"
                    + " and b.held_on <= c.start_date + " + requireWindow(definition) + ") = 3";
            case "K2_PATIENT" -> conversationHeld("PATIENT", requireWindow(definition));
            case "K2_RELATIVES" -> conversationHeld("RELATIVES", requireWindow(definition));
            case "K2_BOTH" -> conversationHeld("BOTH", requireWindow(definition));
            case "K3" -> "exists (select 1 from crisis_plan p where p.course_id = c.id"
                    + " and p.made_on <= c.end_date and p.warning_signs is not null and trim(p.warning_signs) <> '')";
            case "K4A" -> "exists (select 1 from network_meeting m where m.course_id = c.id and m.invited = true)";
            case "K4B" -> "exists (select 1 from network_meeting m where m.course_id = c.id and m.status = 'HELD')";
            default -> throw new IllegalStateException("Indicator " + definition.id() + " of the catalog has no"
                    + " computation");
        };
    }

    private static String conversationHeld(String kind, int window) {
        return "exists (select 1 from basic_conversation b where b.course_id = c.id and b.kind = '" + kind + "'"
                + " and b.held_on <= c.start_date + " + window + ")";
    }

    private static int requireWindow(IndicatorDefinition definition) {
        if (definition.windowDays() == null || definition.periodDate() != PeriodDate.START) {
            throw new IllegalStateException("Indicator " + definition.id() + " needs windowDays and periodDate START");
        }
        return definition.windowDays();
    }

    /**
     * A date or local date-time as the number yyyymmdd. Comparing these numbers compares calendar
     * days on both databases; a cast to date would use the session's time zone on H2.
     */
    private static String dayNumber(String expression) {
        return "(extract(year from %1$s) * 10000 + extract(month from %1$s) * 100 + extract(day from %1$s))"
                .formatted(expression);
    }

    record UnitTypeRow(String unitType, long courses, long invited, long held, long privateInvited,
            long publicInvited) {
    }

    /** K4's counts per unit type for courses ending between {@code from} and {@code to}; one unit or all. */
    List<UnitTypeRow> k4ByUnitType(UUID unitId, LocalDate from, LocalDate to) {
        String sql = """
                select u.unit_type,
                       count(*) as courses,
                       sum(case when exists (select 1 from network_meeting m where m.course_id = c.id
                                             and m.invited = true) then 1 else 0 end) as invited,
                       sum(case when exists (select 1 from network_meeting m where m.course_id = c.id
                                             and m.status = 'HELD') then 1 else 0 end) as held,
                       sum(case when %1$s then 1 else 0 end) as private_invited,
                       sum(case when %2$s then 1 else 0 end) as public_invited
                from treatment_course c join org_unit u on u.id = c.unit_id
                where %3$s
                group by u.unit_type
                order by u.unit_type""".formatted(invitedFrom(Sphere.PRIVATE), invitedFrom(Sphere.PUBLIC),
                endedBetween(unitId));
        return bind(jdbc.sql(sql), unitId, from, to)
                .query((rs, n) -> new UnitTypeRow(rs.getString("unit_type"), rs.getLong("courses"),
                        rs.getLong("invited"), rs.getLong("held"), rs.getLong("private_invited"),
                        rs.getLong("public_invited")))
                .list();
    }

    /** Courses ending between {@code from} and {@code to} per value of a meeting column, on meetings that match. */
    Map<String, Long> k4CoursesByMeeting(String column, String meetingCondition, UUID unitId, LocalDate from,
            LocalDate to) {
        String sql = """
                select m.%1$s as reason, count(distinct c.id) as courses
                from treatment_course c join network_meeting m on m.course_id = c.id
                where %2$s and %3$s and m.%1$s is not null
                group by m.%1$s
                order by m.%1$s""".formatted(column, endedBetween(unitId), meetingCondition);
        Map<String, Long> result = new LinkedHashMap<>();
        bind(jdbc.sql(sql), unitId, from, to)
                .query((rs, n) -> Map.entry(rs.getString("reason"), rs.getLong("courses")))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static String invitedFrom(Sphere sphere) {
        String relations = Arrays.stream(Relation.values()).filter(r -> r.sphere() == sphere)
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
        return """
                exists (select 1 from network_meeting m
                        join network_meeting_invitee i on i.meeting_id = m.id
                        join network_member n on n.id = i.member_id
                        where m.course_id = c.id and m.invited = true and n.relation in (%s))""".formatted(relations);
    }

    private static String endedBetween(UUID unitId) {
        return "c.end_date >= :from and c.end_date <= :to" + (unitId == null ? "" : " and c.unit_id = :unitId");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID unitId, LocalDate from,
            LocalDate to) {
        statement = statement.param("from", from).param("to", to);
        return unitId == null ? statement : statement.param("unitId", unitId);
    }
}
