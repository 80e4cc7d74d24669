package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supervision session was registered: its day and the staff users supervised. */
public record SupervisionHeld(UUID supervisionId, UUID unitId, Programme programme, LocalDate heldOn,
        List<UUID> attendeeIds) {

    public SupervisionHeld {
        attendeeIds = List.copyOf(attendeeIds);
    }
}
