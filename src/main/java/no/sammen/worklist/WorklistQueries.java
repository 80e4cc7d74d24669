package no.sammen.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unit worklist in SQL over {@code course_fact} (ADR 0019): which items of each active course are
 * open and when each is due, the course's group by its most urgent open item that is not long stale,
 * the order, the filters and the page — all in the database, so that a request reads one page of
 * rows and one row of counts, however many courses the unit has. The item's open condition is
 * {@link WorklistRules#openWhen}, its due day the start plus the catalog's days ({@link WorklistRules#dueWhen}).
 */
@Component
class WorklistQueries {

    /** Stands for "none" in least/greatest, which both dialects have but treat nulls differently in. */
    private static final String NO_DUE = "date '9999-12-31'";
    private static final String NO_STALE = "date '0001-01-01'";

    private final JdbcClient jdbc;

    WorklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One course of a page: its group (null on the long-stale list's rows without other items) and its open items' due days. */
    record Row(UUID courseId, WorklistGroup group, Map<WorkItemType, LocalDate> due) {
    }

    /** Who asks and for what: the units already narrowed to the user's. */
    record Scope(Set<UUID> units, WorkItemType task, UUID responsibleUserId, LocalDate today) {

        List<WorkItemType> types() {
            return task == null ? List.of(WorkItemType.values()) : List.of(task);
        }
    }

    /** The number of courses in each group, long-stale included: one query. */
    Map<WorklistGroup, Long> counts(Scope scope, WorklistRules rules) {
        String sql = "select " + countColumns("") + " from (" + grouped(scope, rules) + ") g";
        return jdbc.sql(sql).params(params(scope)).query(rs -> {
            rs.next();
            return counts(rs);
        });
    }

    /** A page of rows, and the number of courses in each group (null when the page is past the end). */
    record Counted(List<Row> rows, Map<WorklistGroup, Long> counts) {
    }

    /**
     * One page of the worklist: the courses with open items that are not long stale, most urgent group
     * first; with the counts of every group, from the same query (each row carries them).
     */
    Counted page(Scope scope, WorklistRules rules, int page, int size) {
        return rows(scope, rules, "grp is not null order by grp, next_due, start_date, course_id", page, size, false);
    }

    /** One page of the courses with long-stale items, those most recently gone stale first; with the counts. */
    Counted stalePage(Scope scope, WorklistRules rules, int page, int size) {
        return rows(scope, rules, "stale_due > " + NO_STALE + " order by stale_due desc, start_date, course_id", page,
                size, true);
    }

    private Counted rows(Scope scope, WorklistRules rules, String whereAndOrder, int page, int size, boolean stale) {
        List<WorkItemType> types = scope.types();
        LocalDate staleFrom = staleFrom(scope.today());
        List<Map<WorklistGroup, Long>> counts = new ArrayList<>(1);
        // The counts are windows over every course in scope, taken before the page's condition and limit.
        List<Row> rows = jdbc.sql("select * from (select g.*, " + countColumns(" over ()") + " from ("
                        + grouped(scope, rules) + ") g) w where " + whereAndOrder + " limit :limit offset :offset")
                .params(params(scope)).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    if (counts.isEmpty()) {
                        counts.add(counts(rs));
                    }
                    Map<WorkItemType, LocalDate> due = new EnumMap<>(WorkItemType.class);
                    for (int i = 0; i < types.size(); i++) {
                        LocalDate day = rs.getObject("due_" + i, LocalDate.class);
                        if (day != null && day.isBefore(staleFrom) == stale) {
                            due.put(types.get(i), day);
                        }
                    }
                    int grp = rs.getInt("grp");
                    return new Row(rs.getObject("course_id", UUID.class),
                            rs.wasNull() ? null : WorklistGroup.values()[grp], due);
                })
                .list();
        return new Counted(rows, counts.isEmpty() ? null : counts.get(0));
    }

    /** The count of each group, as aggregates ({@code over} empty) or as windows over all rows. */
    private static String countColumns(String over) {
        return WorklistGroup.LISTED.stream()
                .map(g -> "count(case when grp = " + g.ordinal() + " then 1 end)" + over + " as g" + g.ordinal())
                .collect(Collectors.joining(", "))
                + ", count(case when stale_due > " + NO_STALE + " then 1 end)" + over + " as stale";
    }

    private static Map<WorklistGroup, Long> counts(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<WorklistGroup, Long> counts = new EnumMap<>(WorklistGroup.class);
        for (WorklistGroup g : WorklistGroup.LISTED) {
            counts.put(g, rs.getLong("g" + g.ordinal()));
        }
        counts.put(WorklistGroup.STALE, rs.getLong("stale"));
        return counts;
    }

    /**
     * Per active course in scope: each item's due day while it is open (due_0…), the earliest of those
     * not long stale (next_due), the latest of those long stale (stale_due), and the group (grp, the
     * ordinal of {@link WorklistGroup}; null when every open item is long stale or none is open).
     */
    private static String grouped(Scope scope, WorklistRules rules) {
        List<WorkItemType> types = scope.types();
        StringBuilder items = new StringBuilder("select f.course_id, f.start_date");
        for (int i = 0; i < types.size(); i++) {
            WorkItemType type = types.get(i);
            items.append(",\n  case when ").append(WorklistRules.openWhen(type)).append(" then ")
                    .append(rules.dueWhen(type)).append(" end as due_").append(i);
        }
        items.append("\nfrom course_fact f").append(WorklistRules.closuresJoin())
                .append(" where f.unit_id in (:units) and f.end_date is null");
        if (scope.responsibleUserId() != null) {
            items.append(" and f.responsible_user_id = :responsible");
        }
        StringBuilder next = new StringBuilder("least(" + NO_DUE);
        StringBuilder stale = new StringBuilder("greatest(" + NO_STALE);
        for (int i = 0; i < types.size(); i++) {
            next.append(", coalesce(case when due_").append(i).append(" >= :staleFrom then due_").append(i)
                    .append(" end, ").append(NO_DUE).append(")");
            stale.append(", coalesce(case when due_").append(i).append(" < :staleFrom then due_").append(i)
                    .append(" end, ").append(NO_STALE).append(")");
        }
        String ranked = "select i.*, " + next + ") as next_due, " + stale + ") as stale_due from (" + items + ") i";
        return "select r.*, case when r.next_due = " + NO_DUE + " then null"
                + " when r.next_due < :recentFrom then " + WorklistGroup.OVERDUE_EARLIER.ordinal()
                + " when r.next_due < :today then " + WorklistGroup.OVERDUE_RECENT.ordinal()
                + " when r.next_due <= :soonUntil then " + WorklistGroup.DUE_SOON.ordinal()
                + " else " + WorklistGroup.LATER.ordinal() + " end as grp from (" + ranked + ") r";
    }

    private static Map<String, Object> params(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("units", scope.units());
        params.put("today", scope.today());
        params.put("staleFrom", staleFrom(scope.today()));
        params.put("recentFrom", scope.today().minusDays(WorklistRules.RECENT_OVERDUE_DAYS));
        params.put("soonUntil", scope.today().plusDays(WorklistRules.SOON_DAYS));
        if (scope.responsibleUserId() != null) {
            params.put("responsible", scope.responsibleUserId());
        }
        return params;
    }

    /** The first due day that is not long stale today. */
    static LocalDate staleFrom(LocalDate today) {
        return today.minusDays(WorklistRules.STALE_AFTER_DAYS);
    }
}
