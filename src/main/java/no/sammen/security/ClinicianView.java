package no.sammen.security;

import java.util.Set;
import java.util.UUID;

/** A user who may be responsible for courses: an enabled clinician or coordinator, and their units. */
public record ClinicianView(UUID id, String displayName, Set<UUID> unitIds) {

    public ClinicianView {
        unitIds = Set.copyOf(unitIds);
    }
}
