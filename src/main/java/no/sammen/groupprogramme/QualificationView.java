package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A staff user's qualification, e.g. a trained PEF group leader since a day, perhaps until a day;
 * {@code version} is the one a change must send back.
 */
public record QualificationView(UUID id, UUID userId, String userName, UUID unitId, QualificationKind kind,
        LocalDate qualifiedOn, LocalDate validUntil, long version) {

    /** Whether the qualification has ended before the day (it was valid until an earlier day). */
    public boolean endedBefore(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    public boolean validOn(LocalDate day) {
        return !qualifiedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
