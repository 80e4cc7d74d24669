package no.sammen.imr;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A session of an IMR group that the user came to, as the user's IMR shows it: one session of the
 * group (ADR 0030), not a copy.
 *
 * @param homeworkChosen whether the user chose homework at it
 */
public record ImrGroupSessionView(UUID sessionId, UUID groupId, String groupName, LocalDate heldOn, Shift shift,
        String moduleId, Integer part, boolean homeworkChosen) {
}
