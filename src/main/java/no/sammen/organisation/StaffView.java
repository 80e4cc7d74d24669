package no.sammen.organisation;

import java.util.UUID;

/** A staff member of a unit. */
public record StaffView(UUID id, UUID unitId, String fullName, Profession profession, String position) {
}
