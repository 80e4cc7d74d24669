package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.UUID;

/** A staff user's qualification, e.g. a trained PEF group leader since a day. */
public record QualificationView(UUID id, UUID userId, String userName, UUID unitId, QualificationKind kind,
        LocalDate qualifiedOn, LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return !qualifiedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
