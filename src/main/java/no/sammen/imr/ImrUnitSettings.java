package no.sammen.imr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit's IMR settings, replaced as a whole by its leader or an administrator: the module it makes
 * compulsory first (null: the user chooses all), and its goal of sessions to hold from {@code goalFrom}
 * to {@code goalTo}, individual and in groups (null: no goal set).
 */
@Table("imr_unit_settings")
record ImrUnitSettings(@Id UUID unitId, String firstModuleId, LocalDate goalFrom, LocalDate goalTo,
        Integer individualGoal, Integer groupGoal, Instant changedAt, @Version Long version) {
}
