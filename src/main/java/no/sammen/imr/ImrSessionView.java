package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session as pages and the API see it.
 *
 * @param unitId         the unit that held it, where it counts (K6)
 * @param groupSessionId the session of an IMR group it was part of (format GROUP), or null
 * @param part           the part of the module worked on, or null
 * @param notes          the progress the user noted on goals at the session
 */
public record ImrSessionView(UUID id, UUID courseId, UUID unitId, LocalDate heldOn, ImrFormat format,
        UUID groupSessionId, Shift shift, String moduleId, Integer part, boolean homeworkChosen, boolean attended,
        List<TherapistView> therapists, List<GoalNote> notes, long version) {

    /** The progress on one goal, in the user's words. */
    public record GoalNote(UUID goalId, String note) {
    }
}
