package no.sammen.worklist;

import java.time.LocalDate;

/**
 * An open item of a course on the unit worklist.
 *
 * @param daysOverdue  days since it was due (0 when due today or later)
 * @param daysLeft     days until it is due (0 when due today or overdue)
 * @param nearDeadline due within the amber threshold (shown amber); an overdue item is not, it is red
 */
public record OpenItem(WorkItemType type, LocalDate dueOn, int daysOverdue, int daysLeft, boolean nearDeadline) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
