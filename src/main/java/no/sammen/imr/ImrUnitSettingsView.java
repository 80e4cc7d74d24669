package no.sammen.imr;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit's IMR settings as shown.
 *
 * @param version 0 before anything was saved, then one more than the stored version
 */
public record ImrUnitSettingsView(UUID unitId, String unitName, String firstModuleId, LocalDate goalFrom,
        LocalDate goalTo, Integer individualGoal, Integer groupGoal, long version) {

    public boolean hasGoal() {
        return goalFrom != null && goalTo != null;
    }

    public Integer totalGoal() {
        return individualGoal == null && groupGoal == null ? null
                : (individualGoal == null ? 0 : individualGoal) + (groupGoal == null ? 0 : groupGoal);
    }
}
