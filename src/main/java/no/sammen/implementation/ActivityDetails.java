package no.sammen.implementation;

import java.time.LocalDate;
import java.util.UUID;

/** What is registered about an activity of the plan; checked by {@link ImplementationRules#activity}. */
record ActivityDetails(ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn,
        UUID responsibleStaffId, ActivityStatus status, String note) {
}
