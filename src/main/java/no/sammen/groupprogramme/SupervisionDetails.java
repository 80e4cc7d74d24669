package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a supervision session is: its programme and day, the supervisor (a qualified supervisor of the
 * unit, or the name of one from outside), the group supervised or the therapists who came, a short note.
 */
record SupervisionDetails(Programme programme, LocalDate heldOn, UUID supervisorId, String supervisorName,
        UUID groupId, Set<UUID> attendeeIds, String note) {

    SupervisionDetails {
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
    }
}
