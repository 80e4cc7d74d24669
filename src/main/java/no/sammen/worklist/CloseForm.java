package no.sammen.worklist;

import java.util.LinkedHashSet;
import java.util.Set;

/** The form that closes long-stale items of a course with a reason. */
class CloseForm {

    private Set<WorkItemType> items = new LinkedHashSet<>();
    private ClosureReason reason;
    private String note;

    public Set<WorkItemType> getItems() {
        return items;
    }

    public void setItems(Set<WorkItemType> items) {
        this.items = items == null ? new LinkedHashSet<>() : items;
    }

    public ClosureReason getReason() {
        return reason;
    }

    public void setReason(ClosureReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
