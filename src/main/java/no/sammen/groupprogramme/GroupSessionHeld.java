package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A group session was registered with its attendance: what competence plans count (a leader's
 * practice after the course) and what a programme's goals count.
 */
public record GroupSessionHeld(UUID sessionId, UUID groupId, UUID unitId, Programme programme, LocalDate heldOn,
        List<UUID> leaderIds, int patientsAttended, int relativesAttended) {

    public GroupSessionHeld {
        leaderIds = List.copyOf(leaderIds);
    }
}
