package no.sammen.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules that turn a course's registrations into work items, and the unit worklist's groups (ADR
 * 0019). Pure: no database, no clock of its own, so that every rule can be tested with plain dates.
 * When an item is still open is written twice, side by side: in Java for one course ({@link #items}),
 * and as the SQL condition over {@code course_fact} with which the unit worklist selects, groups and
 * pages whole units in the database ({@link #openWhen}); {@code WorklistIT} checks that they agree.
 */
final class WorklistRules {

    static final String NO_NETWORK = "worklist.reason.noNetwork";
    /** An item overdue by at most this many days is "overdue in the last 30 days". */
    static final int RECENT_OVERDUE_DAYS = 30;
    /** An item due today or within this many days is "due in the next 7 days". */
    static final int SOON_DAYS = 7;
    /** An item overdue by more than this many days is long stale: set apart, and may be closed. */
    static final int STALE_AFTER_DAYS = 90;

    private final Map<WorkItemType, Integer> days;
    private final int amberDays;

    /**
     * @param days      the days after the start (day 0) by which each item is due; every type must have them
     * @param amberDays an open item due within this many days is shown amber (near its deadline)
     */
    WorklistRules(Map<WorkItemType, Integer> days, int amberDays) {
        for (WorkItemType type : WorkItemType.values()) {
            if (type.fromCatalog() && days.get(type) == null) {
                throw new IllegalArgumentException("No due days for " + type);
            }
        }
        if (amberDays < 0) {
            throw new IllegalArgumentException("amberDays must not be negative: " + amberDays);
        }
        this.days = Map.copyOf(days);
        this.amberDays = amberDays;
    }

    /** The items of a course; {@code closed} gives the reason key of each long-stale item closed. */
    List<WorkItem> items(CourseFacts course, Map<WorkItemType, String> closed, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (WorkItemType type : WorkItemType.values()) {
            if (!type.fromCatalog()) {
                // A day to revisit is work while the course goes on, and no gap in the record once it has ended.
                if (course.revisitOn() != null && course.end() == null) {
                    items.add(item(type, course.revisitOn(), null, course, closed.get(type), today));
                }
            } else if (type.concernsRelatives() && course.noNetwork()) {
                items.add(notRelevant(type, NO_NETWORK));
            } else if (type == WorkItemType.NETWORK_MEETING && course.networkMeetingReason() != null) {
                items.add(notRelevant(type, course.networkMeetingReason()));
            } else {
                items.add(item(type, dueOn(course.start(), type), course.doneOn(type), course, closed.get(type),
                        today));
            }
        }
        return items;
    }

    List<WorkItem> items(CourseFacts course, LocalDate today) {
        return items(course, Map.of(), today);
    }

    LocalDate dueOn(LocalDate start, WorkItemType type) {
        return start.plusDays(days.get(type));
    }

    int amberDays() {
        return amberDays;
    }

    int dueDays(WorkItemType type) {
        return days.get(type);
    }

    /** Whether an open item due on this day is near its deadline: not overdue, and due within the amber days. */
    boolean nearDeadline(LocalDate dueOn, LocalDate today) {
        return !today.isAfter(dueOn) && !dueOn.isAfter(today.plusDays(amberDays));
    }

    /** The group of a course whose most urgent open item (not long stale) is due on this day. */
    static WorklistGroup group(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today.minusDays(STALE_AFTER_DAYS))) {
            return WorklistGroup.STALE;
        }
        if (dueOn.isBefore(today.minusDays(RECENT_OVERDUE_DAYS))) {
            return WorklistGroup.OVERDUE_EARLIER;
        }
        if (dueOn.isBefore(today)) {
            return WorklistGroup.OVERDUE_RECENT;
        }
        return dueOn.isAfter(today.plusDays(SOON_DAYS)) ? WorklistGroup.LATER : WorklistGroup.DUE_SOON;
    }

    /**
     * The SQL condition, over {@code course_fact f} joined with {@link #closuresJoin}, under which an item
     * of an active course is open:
     * not done, not made irrelevant, and not closed as long stale — the rule of {@link #items}.
     */
    static String openWhen(WorkItemType type) {
        StringBuilder open = new StringBuilder(type.fromCatalog() ? "f." + type.doneFact() + " is null"
                : "f." + type.dueFact() + " is not null");
        if (type.concernsRelatives()) {
            open.append(" and f.no_network = false");
        }
        if (type == WorkItemType.NETWORK_MEETING) {
            open.append(" and f.meeting_not_invited_reason is null");
        }
        open.append(" and closed.").append(closedColumn(type)).append(" is null");
        return open.toString();
    }

    /**
     * The closures of each course as one row, joined to its facts as {@code closed} (one join, rather
     * than a lookup per course and item): {@code closed.<closedColumn(type)>} is 1 when the item was
     * closed, null otherwise.
     */
    static String closuresJoin() {
        StringBuilder columns = new StringBuilder();
        for (WorkItemType type : WorkItemType.values()) {
            columns.append(", max(case when item_type = '").append(type.name()).append("' then 1 end) as ")
                    .append(closedColumn(type));
        }
        return " left join (select course_id" + columns + " from worklist_closure group by course_id) closed"
                + " on closed.course_id = f.course_id";
    }

    /** The SQL expression, over {@code course_fact f}, of the day an open item is due: the rule of {@link #items}. */
    String dueWhen(WorkItemType type) {
        return type.fromCatalog() ? "f.start_date + " + dueDays(type) : "f." + type.dueFact();
    }

    private static String closedColumn(WorkItemType type) {
        return "closed_" + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Done when registered; otherwise due until its date and overdue after it. An ended course's
     * open items stay overdue: they are gaps in the record, not work that went away.
     */
    private WorkItem item(WorkItemType type, LocalDate dueOn, LocalDate doneOn, CourseFacts course,
            String closedReasonKey, LocalDate today) {
        if (doneOn != null) {
            return new WorkItem(type, WorkItemStatus.DONE, dueOn, doneOn, null, false, null);
        }
        boolean overdue = course.end() != null || today.isAfter(dueOn);
        return new WorkItem(type, overdue ? WorkItemStatus.OVERDUE : WorkItemStatus.DUE, dueOn, null, null,
                !overdue && nearDeadline(dueOn, today), overdue ? closedReasonKey : null);
    }

    private static WorkItem notRelevant(WorkItemType type, String reasonKey) {
        return new WorkItem(type, WorkItemStatus.NOT_RELEVANT, null, null, reasonKey, false, null);
    }
}
