package no.sammen.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that turn a course's registrations into work items. Pure: no database, no clock of its
 * own, so that every rule can be tested with plain dates.
 */
final class WorklistRules {

    static final String NO_NETWORK = "worklist.reason.noNetwork";

    private final WorklistProperties days;

    WorklistRules(WorklistProperties days) {
        this.days = days;
    }

    List<WorkItem> items(CourseFacts course, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate start = course.start();
        items.add(course.noNetwork()
                ? notRelevant(WorkItemType.RELATIVES_CONTACT, NO_NETWORK)
                : item(WorkItemType.RELATIVES_CONTACT, start.plusDays(days.relativesContactDays()),
                        course.firstContactOn(), course, today));
        LocalDate conversationsDue = start.plusDays(days.conversationDays());
        items.add(item(WorkItemType.CONVERSATION_PATIENT, conversationsDue,
                course.conversations().get(WorkItemType.CONVERSATION_PATIENT), course, today));
        for (WorkItemType kind : List.of(WorkItemType.CONVERSATION_RELATIVES, WorkItemType.CONVERSATION_BOTH)) {
            items.add(course.noNetwork()
                    ? notRelevant(kind, NO_NETWORK)
                    : item(kind, conversationsDue, course.conversations().get(kind), course, today));
        }
        items.add(item(WorkItemType.CRISIS_PLAN, start.plusDays(days.crisisPlanDays()), course.crisisPlanOn(),
                course, today));
        if (course.networkMeetingReason() != null) {
            items.add(notRelevant(WorkItemType.NETWORK_MEETING, course.networkMeetingReason()));
        } else {
            items.add(item(WorkItemType.NETWORK_MEETING, start.plusDays(days.networkMeetingDays()),
                    course.networkMeetingDoneOn(), course, today));
        }
        return items;
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
