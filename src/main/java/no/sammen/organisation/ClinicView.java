package no.sammen.organisation;

import java.util.UUID;

/** A clinic (DPS) and the trust it belongs to. */
public record ClinicView(UUID id, String name, UUID trustId, String trustName) {
}
