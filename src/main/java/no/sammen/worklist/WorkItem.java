package no.sammen.worklist;

import java.time.LocalDate;

/**
 * One expectation of one course.
 *
 * @param dueOn     when it is due (null when not relevant)
 * @param doneOn    when it was done (null unless done)
 * @param reasonKey message key saying why it is not relevant, or null
 */
public record WorkItem(WorkItemType type, WorkItemStatus status, LocalDate dueOn, LocalDate doneOn,
        String reasonKey) {

    public boolean open() {
        return status == WorkItemStatus.DUE || status == WorkItemStatus.OVERDUE;
    }
}
