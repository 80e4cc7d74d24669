package no.sammen.worklist;

/**
 * Where a course stands on the unit worklist, by its most urgent open item that is not long stale
 * (ADR 0019), in the order the list shows them. A course whose every open item is long stale is in
 * none of these: it is on the list of long-stale items ({@link #STALE}) only.
 */
public enum WorklistGroup {
    /** Overdue by 1 to {@value WorklistRules#RECENT_OVERDUE_DAYS} days. */
    OVERDUE_RECENT,
    /** Due today or within {@value WorklistRules#SOON_DAYS} days. */
    DUE_SOON,
    /** Overdue by more than {@value WorklistRules#RECENT_OVERDUE_DAYS} and at most {@value WorklistRules#STALE_AFTER_DAYS} days. */
    OVERDUE_EARLIER,
    /** Due later than {@value WorklistRules#SOON_DAYS} days from today. */
    LATER,
    /** Overdue by more than {@value WorklistRules#STALE_AFTER_DAYS} days: set apart, and may be closed with a reason. */
    STALE;

    /** The groups of the worklist itself, in order. */
    static final java.util.List<WorklistGroup> LISTED = java.util.List.of(OVERDUE_RECENT, DUE_SOON, OVERDUE_EARLIER,
            LATER);
}
