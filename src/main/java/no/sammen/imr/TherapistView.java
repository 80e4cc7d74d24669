package no.sammen.imr;

import java.util.UUID;

/** A therapist of an IMR course or session: a staff user, with the name as it was when chosen. */
public record TherapistView(UUID userId, String name) {
}
