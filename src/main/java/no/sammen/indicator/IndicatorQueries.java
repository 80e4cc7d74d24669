package no.sammen.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The counting, in SQL that runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Indicators are
 * counted per unit, year and month; months are summed to quarters, years and higher levels of the
 * organisation in Java, which only ever sees these small totals.
 *
 * <p>Which courses an indicator counts (population, placing date, window, exclusions) comes from its
 * catalog entry; only what its numerator means is written here, per indicator id. The counts and
 * the lists of courses behind them (the drill-down) are built from one and the same selection of
 * courses ({@link #perCourse}). A numerator is a
 * condition on one row per course: the course, joined to what it needs of its registrations
 * aggregated per course (the first contact with relatives, the first conversation of each kind,
 * whether any network meeting was invited or held). Joins to aggregates, rather than a subquery per
 * course, let the database read each table once; several indicators with the same placing date are
 * counted in one pass over the courses.
 */
@Component
class IndicatorQueries {

    /** What a numerator reads of a course's registrations: one row per course, joined to the courses {@code c}. */
    private enum Join {
        /**
         * The day of the first contact with relatives, in Norwegian time. Contacts are stored as
         * instants; the day is read from the local date-time in Oslo as text, because a cast of a
         * time-zoned value to a date would use the session's time zone on H2.
         */
        FIRST_CONTACT("""
                left join (select r.course_id,
                        cast(to_char(min(r.contacted_at) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
                            as first_contact_on
                    from relative_contact r%s
                    group by r.course_id) rc on rc.course_id = c.id""", "r"),
        /** The first basic conversation of each kind. */
        FIRST_CONVERSATIONS("""
                left join (select b.course_id,
                        min(case when b.kind = 'PATIENT' then b.held_on end) as patient_on,
                        min(case when b.kind = 'RELATIVES' then b.held_on end) as relatives_on,
                        min(case when b.kind = 'BOTH' then b.held_on end) as both_on
                    from basic_conversation b%s
                    group by b.course_id) bc on bc.course_id = c.id""", "b"),
        /** The crisis plan: there is at most one. */
        CRISIS_PLAN("left join crisis_plan p on p.course_id = c.id", null),
        /** Whether any network meeting was invited (1 or 0), and whether any was held. */
        MEETINGS("""
                left join (select m.course_id,
                        max(case when m.invited = true then 1 else 0 end) as invited,
                        max(case when m.status = 'HELD' then 1 else 0 end) as held
                    from network_meeting m%s
                    group by m.course_id) nm on nm.course_id = c.id""", "m"),
        /** The family facts ("no relatives or network"): at most one row. */
        FAMILY("left join family_course f on f.course_id = c.id", null);

        private final String sql;
        /** The alias of the aggregated table, or null for a join without an aggregate. */
        private final String aggregated;

        Join(String sql, String aggregated) {
            this.sql = sql;
            this.aggregated = aggregated;
        }

        /**
         * The join; with {@code placed} (a condition on the courses {@code placed}), the aggregate
         * reads only the registrations of those courses.
         */
        String sql(String placed) {
            if (aggregated == null) {
                return sql;
            }
            return sql.formatted(placed == null ? ""
                    : "\n    join treatment_course placed on placed.id = " + aggregated + ".course_id where " + placed);
        }
    }

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc, IndicatorCatalog catalog) {
        this.jdbc = jdbc;
        for (IndicatorDefinition definition : catalog.indicators()) {
            numerator(definition); // fails at start-up for an indicator the application cannot count
        }
    }

    record MonthCount(UUID unitId, int year, int month, long numerator, long denominator) {
    }

    record CourseCounts(long numerator, long denominator) {
    }

    /**
     * Numerator and denominator of one unit for courses placed between {@code from} and {@code to}:
     * the same selection as {@link #monthly}, summed over the range.
     */
    CourseCounts unitCounts(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to,
            LocalDate today) {
        String sql = "select coalesce(sum(met0), 0) as numerator, coalesce(sum(counted0), 0) as denominator from ("
                + perCourse(List.of(definition), definition.periodDate(), from, to, today, true) + ") counted";
        return jdbc.sql(sql).param("unitId", unitId)
                .query((rs, n) -> new CourseCounts(rs.getLong("numerator"), rs.getLong("denominator"))).single();
    }

    /**
     * The courses of one unit that {@link #unitCounts} counts, ordered by placing date, then id: each
     * with whether it meets the numerator. {@code met} null gives all of them, true or false only
     * those in or out of the numerator.
     */
    List<IndicatorCourse> unitCourses(IndicatorDefinition definition, UUID unitId, LocalDate from, LocalDate to,
            LocalDate today, Boolean met, int limit, long offset) {
        String sql = """
                select id, start_date, end_date, met0 from (%s) counted
                where counted0 = 1%s
                order by placed, id
                limit :limit offset :offset""".formatted(
                perCourse(List.of(definition), definition.periodDate(), from, to, today, true),
                met == null ? "" : " and met0 = :met");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("unitId", unitId).param("limit", limit)
                .param("offset", offset);
        if (met != null) {
            statement = statement.param("met", met ? 1 : 0);
        }
        return statement.query((rs, n) -> new IndicatorCourse(rs.getObject("id", UUID.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getInt("met0") == 1)).list();
    }

    /**
     * Numerator and denominator per unit and calendar month for courses whose placing date lies
     * between {@code from} and {@code to}, both included, for several indicators, with one query per
     * placing date among them. {@code today} decides which windows have closed: a window of N days
     * closes when start + N is before today.
     *
     * @return the counts of each indicator, by id, in the order given
     */
    Map<String, List<MonthCount>> monthly(List<IndicatorDefinition> definitions, LocalDate from, LocalDate to,
            LocalDate today) {
        Map<String, List<MonthCount>> counts = new LinkedHashMap<>();
        definitions.forEach(d -> counts.put(d.id(), new ArrayList<>()));
        for (PeriodDate periodDate : PeriodDate.values()) {
            List<IndicatorDefinition> placed = definitions.stream().filter(d -> d.periodDate() == periodDate)
                    .toList();
            if (!placed.isEmpty()) {
                monthly(placed, periodDate, from, to, today, counts);
            }
        }
        return counts;
    }

    private void monthly(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from, LocalDate to,
            LocalDate today, Map<String, List<MonthCount>> counts) {
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < definitions.size(); i++) {
            sums.append(", sum(met%1$d) as numerator%1$d, sum(counted%1$d) as denominator%1$d".formatted(i));
        }
        String sql = "select unit_id, y, m" + sums + " from (" + perCourse(definitions, periodDate, from, to, today,
                false) + ") counted group by unit_id, y, m";
        jdbc.sql(sql).query(rs -> {
            UUID unitId = rs.getObject("unit_id", UUID.class);
            int year = rs.getInt("y");
            int month = rs.getInt("m");
            for (int i = 0; i < definitions.size(); i++) {
                long denominator = rs.getLong("denominator" + i);
                if (denominator > 0) {
                    counts.get(definitions.get(i).id()).add(new MonthCount(unitId, year, month,
                            rs.getLong("numerator" + i), denominator));
                }
            }
        });
    }

    /**
     * The one selection every count and every list of courses is made from: one row per course placed
     * between {@code from} and {@code to} (by the definitions' common placing date), with its id, unit,
     * dates, placing date ({@code placed}), year and month, and per definition {@code i} the flags
     * {@code counted<i>} (in the denominator: population, exclusions, window closed or numerator met)
     * and {@code met<i>} (in the numerator as well). With {@code oneUnit}, only the courses of the unit
     * bound as {@code :unitId}.
     */
    private String perCourse(List<IndicatorDefinition> definitions, PeriodDate periodDate, LocalDate from,
            LocalDate to, LocalDate today, boolean oneUnit) {
        String column = periodDate == PeriodDate.START ? "start_date" : "end_date";
        Set<Join> joins = EnumSet.noneOf(Join.class);
        StringBuilder flags = new StringBuilder();
        for (int i = 0; i < definitions.size(); i++) {
            IndicatorDefinition definition = definitions.get(i);
            Numerator numerator = numerator(definition);
            joins.add(numerator.join());
            List<String> counted = new ArrayList<>();
            if (definition.population() == Population.PSYCHOSIS) {
                counted.add("c.psychosis = true");
            }
            if (definition.excludes(Exclusion.NO_NETWORK)) {
                joins.add(Join.FAMILY);
                counted.add("(f.no_network is null or f.no_network = false)");
            }
            String met = "(" + numerator.condition() + ")";
            List<String> inNumerator = new ArrayList<>(counted);
            inNumerator.add(met);
            List<String> inDenominator = new ArrayList<>(counted);
            if (definition.windowDays() != null) {
                // While the window is open, only a course whose numerator is already met is counted.
                inDenominator.add("(" + met + " or c.start_date < " + literal(today.minusDays(definition.windowDays()))
                        + ")");
            }
            flags.append(",\n       case when %s then 1 else 0 end as met%d".formatted(all(inNumerator), i));
            flags.append(",\n       case when %s then 1 else 0 end as counted%d".formatted(all(inDenominator), i));
        }
        String between = " >= " + literal(from) + " and %s." + column + " <= " + literal(to);
        String where = "c." + column + between.formatted("c");
        if (definitions.stream().allMatch(d -> d.population() == Population.PSYCHOSIS)) {
            where += " and c.psychosis = true";
        }
        if (oneUnit) {
            where += " and c.unit_id = :unitId";
        }
        // Aggregating only the registrations of the courses counted pays unless they are all the courses.
        String placed = !oneUnit && holdsEveryCourse(column, from, to) ? null
                : "placed." + column + between.formatted("placed") + (oneUnit ? " and placed.unit_id = :unitId" : "");
        return """
                select c.id, c.unit_id, c.start_date, c.end_date, c.%1$s as placed,
                       extract(year from c.%1$s) as y, extract(month from c.%1$s) as m%2$s
                from treatment_course c
                %3$s
                where %4$s""".formatted(column, flags,
                joins.stream().map(j -> j.sql(placed)).collect(Collectors.joining("\n")), where);
    }

    /** Whether every course with a date in {@code column} has it between {@code from} and {@code to}. */
    private boolean holdsEveryCourse(String column, LocalDate from, LocalDate to) {
        return jdbc.sql("select min(%1$s) as first_on, max(%1$s) as last_on from treatment_course".formatted(column))
                .query(rs -> {
                    rs.next();
                    LocalDate first = rs.getObject("first_on", LocalDate.class);
                    LocalDate last = rs.getObject("last_on", LocalDate.class);
                    return first == null || !first.isBefore(from) && !last.isAfter(to);
                });
    }

    /**
     * A date written into the SQL rather than bound as a parameter: PostgreSQL then plans each query
     * for its own dates, whereas for a prepared statement run again and again it settles on a generic
     * plan that cannot tell five years of courses from a few days' and sorts on disk.
     */
    private static String literal(LocalDate date) {
        return "date '" + date + "'";
    }

    private static String all(List<String> conditions) {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** What puts a course in an indicator's numerator: a join and a condition on the row it gives. */
    private record Numerator(Join join, String condition) {
    }

    private static Numerator numerator(IndicatorDefinition definition) {
        return switch (definition.id()) {
            case "K1" -> new Numerator(Join.FIRST_CONTACT, "rc.first_contact_on <= c.start_date + "
                    + requireWindow(definition));
            case "K2" -> new Numerator(Join.FIRST_CONVERSATIONS, conversationBy("patient_on", definition) + " and "
                    + conversationBy("relatives_on", definition) + " and " + conversationBy("both_on", definition));
            case "K2_PATIENT" -> new Numerator(Join.FIRST_CONVERSATIONS, conversationBy("patient_on", definition));
            case "K2_RELATIVES" -> new Numerator(Join.FIRST_CONVERSATIONS, conversationBy("relatives_on", definition));
            case "K2_BOTH" -> new Numerator(Join.FIRST_CONVERSATIONS, conversationBy("both_on", definition));
            case "K3" -> new Numerator(Join.CRISIS_PLAN, "p.made_on <= c.end_date and p.warning_signs is not null"
                    + " and trim(p.warning_signs) <> ''");
            case "K4A" -> new Numerator(Join.MEETINGS, "nm.invited = 1");
            case "K4B" -> new Numerator(Join.MEETINGS, "nm.held = 1");
            default -> throw new IllegalStateException("Indicator " + definition.id() + " of the catalog has no"
                    + " computation");
        };
    }

    private static String conversationBy(String column, IndicatorDefinition definition) {
        return "bc." + column + " <= c.start_date + " + requireWindow(definition);
    }

    private static int requireWindow(IndicatorDefinition definition) {
        if (definition.windowDays() == null || definition.periodDate() != PeriodDate.START) {
            throw new IllegalStateException("Indicator " + definition.id() + " needs windowDays and periodDate START");
        }
        return definition.windowDays();
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
