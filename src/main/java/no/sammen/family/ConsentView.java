package no.sammen.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One registered consent. Registrations are never overwritten: the newest (by date given, then by
 * registration time) is the member's current consent, the others are its history.
 *
 * @param current whether this is the member's current consent
 */
public record ConsentView(UUID id, UUID courseId, UUID memberId, ConsentStatus status, String scope,
        LocalDate givenOn, LocalDate withdrawnOn, Instant registeredAt, boolean current, long version) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    /** Whether information may be shared now under this consent (fully or in part). */
    public boolean inForce() {
        return current && !withdrawn() && status.permitsSharing();
    }

    /** Whether a withdrawal may be registered on it. */
    public boolean withdrawable() {
        return current && !withdrawn() && status.permitsSharing();
    }
}
