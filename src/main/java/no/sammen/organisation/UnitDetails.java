package no.sammen.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** The editable facts of a unit. */
public record UnitDetails(UUID clinicId, String name, UnitType type, String phone, LocalDate implementationStart,
        boolean active) {
}
