package no.sammen.implementation;

import java.time.LocalDate;
import java.util.UUID;

/** An activity of a unit's implementation plan as read: its dates, who is responsible, its status. */
public record ActivityView(UUID id, UUID unitId, ActivityKind kind, String title, LocalDate startsOn,
        LocalDate endsOn, UUID responsibleStaffId, String responsibleName, ActivityStatus status, String note,
        long version) {

    /** The last day of the activity: its end, or its start when it is one day. */
    public LocalDate lastDay() {
        return endsOn == null ? startsOn : endsOn;
    }
}
