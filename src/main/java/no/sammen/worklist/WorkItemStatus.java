package no.sammen.worklist;

/** Where a work item stands today. Overdue sorts first. */
public enum WorkItemStatus {
    OVERDUE,
    DUE,
    DONE,
    NOT_RELEVANT
}
