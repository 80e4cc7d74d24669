package no.sammen.imr;

/**
 * A unit's sessions held in its goal period against the goal.
 *
 * @param settings the unit's settings with the goal (none set when {@code settings.hasGoal()} is false)
 */
public record ImrGoalProgress(ImrUnitSettingsView settings, int heldIndividual, int heldGroup) {

    public int held() {
        return heldIndividual + heldGroup;
    }
}
