package no.sammen.worklist;

import java.time.LocalDate;

/**
 * One expectation of one course.
 *
 * @param dueOn          when it is due (null when not relevant)
 * @param doneOn         when it was done (null unless done)
 * @param reasonKey      message key saying why it is not relevant, or null
 * @param nearDeadline   due and its deadline within the amber threshold ({@code sammen.worklist.amber-days})
 * @param closedReasonKey message key of the reason a long-stale item was closed with, or null; a closed item
 *                       stays overdue here, as it stays "not met" in the indicators
 */
public record WorkItem(WorkItemType type, WorkItemStatus status, LocalDate dueOn, LocalDate doneOn,
        String reasonKey, boolean nearDeadline, String closedReasonKey) {

    public boolean open() {
        return status == WorkItemStatus.DUE || status == WorkItemStatus.OVERDUE;
    }
}
