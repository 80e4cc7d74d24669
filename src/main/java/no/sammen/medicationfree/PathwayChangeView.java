package no.sammen.medicationfree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A change of a medication-free course's pathway as pages and the API show it.
 *
 * @param kind COMPULSORY_CONTINUED, COMPULSORY_RETURNED or RETURNED (to the ordinary pathway on the course form)
 */
public record PathwayChangeView(UUID id, UUID courseId, LocalDate changedOn, String clinicianName, String kind,
        String reason, Instant recordedAt) {
}
