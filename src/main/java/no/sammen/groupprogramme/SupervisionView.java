package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervision session: the day, the supervisor (a user or a name), the group or the therapists
 * supervised; {@code version} is the one a change must send back.
 */
public record SupervisionView(UUID id, UUID unitId, Programme programme, LocalDate heldOn, UUID supervisorId,
        String supervisorName, UUID groupId, List<UUID> attendeeIds, String note, long version) {

    public SupervisionView {
        attendeeIds = List.copyOf(attendeeIds);
    }
}
