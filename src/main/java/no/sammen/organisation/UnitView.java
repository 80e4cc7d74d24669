package no.sammen.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** What other modules know of a unit. */
public record UnitView(UUID id, String name, UnitType type, UUID clinicId, String clinicName, UUID trustId,
        String phone, LocalDate implementationStart, boolean active, long version) {
}
