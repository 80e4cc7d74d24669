package no.sammen.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules that turn a course's registrations into work items. Pure: no database, no clock of its
 * own, so that every rule can be tested with plain dates.
 */
final class WorklistRules {

    static final String NO_NETWORK = "worklist.reason.noNetwork";

    private final Map<WorkItemType, Integer> days;

    /** @param days the days after the start (day 0) by which each item is due; every type must have them */
    WorklistRules(Map<WorkItemType, Integer> days) {
        for (WorkItemType type : WorkItemType.values()) {
            if (days.get(type) == null) {
                throw new IllegalArgumentException("No due days for " + type);
            }
        }
        this.days = Map.copyOf(days);
    }

    List<WorkItem> items(CourseFacts course, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate start = course.start();
        items.add(course.noNetwork()
                ? notRelevant(WorkItemType.RELATIVES_CONTACT, NO_NETWORK)
                : item(WorkItemType.RELATIVES_CONTACT, due(start, WorkItemType.RELATIVES_CONTACT),
                        course.firstContactOn(), course, today));
        items.add(item(WorkItemType.CONVERSATION_PATIENT, due(start, WorkItemType.CONVERSATION_PATIENT),
                course.conversations().get(WorkItemType.CONVERSATION_PATIENT), course, today));
        for (WorkItemType kind : List.of(WorkItemType.CONVERSATION_RELATIVES, WorkItemType.CONVERSATION_BOTH)) {
            items.add(course.noNetwork()
                    ? notRelevant(kind, NO_NETWORK)
                    : item(kind, due(start, kind), course.conversations().get(kind), course, today));
        }
        items.add(item(WorkItemType.CRISIS_PLAN, due(start, WorkItemType.CRISIS_PLAN), course.crisisPlanOn(),
                course, today));
        if (course.networkMeetingReason() != null) {
            items.add(notRelevant(WorkItemType.NETWORK_MEETING, course.networkMeetingReason()));
        } else {
            items.add(item(WorkItemType.NETWORK_MEETING, due(start, WorkItemType.NETWORK_MEETING),
                    course.networkMeetingDoneOn(), course, today));
        }
        return items;
    }

    private LocalDate due(LocalDate start, WorkItemType type) {
        return start.plusDays(days.get(type));
    }

    /**
     * Done when registered; otherwise due until its date and overdue after it. An ended course's
     * open items stay overdue: they are gaps in the record, not work that went away.
     */
    private static WorkItem item(WorkItemType type, LocalDate dueOn, LocalDate doneOn, CourseFacts course,
            LocalDate today) {
        if (doneOn != null) {
            return new WorkItem(type, WorkItemStatus.DONE, dueOn, doneOn, null);
        }
        boolean overdue = course.end() != null || today.isAfter(dueOn);
        return new WorkItem(type, overdue ? WorkItemStatus.OVERDUE : WorkItemStatus.DUE, dueOn, null, null);
    }

    private static WorkItem notRelevant(WorkItemType type, String reasonKey) {
        return new WorkItem(type, WorkItemStatus.NOT_RELEVANT, null, null, reasonKey);
    }
}
