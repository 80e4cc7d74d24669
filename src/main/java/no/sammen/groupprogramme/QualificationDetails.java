package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.UUID;

/** A staff member's qualification as registered: who, what, from which day, perhaps until which day. */
record QualificationDetails(UUID userId, QualificationKind kind, LocalDate qualifiedOn, LocalDate validUntil) {
}
