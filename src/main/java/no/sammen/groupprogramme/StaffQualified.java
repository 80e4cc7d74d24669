package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.UUID;

/** A staff user was registered as qualified (trained, certified, a supervisor) from a day. */
public record StaffQualified(UUID qualificationId, UUID userId, UUID unitId, QualificationKind kind,
        LocalDate qualifiedOn) {
}
