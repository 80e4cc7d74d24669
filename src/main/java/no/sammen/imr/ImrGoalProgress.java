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

    /** Held as a whole percentage of the goal (at most 100), for the counter's bar; 0 without a goal. */
    public int percent() {
        Integer goal = settings.totalGoal();
        return goal == null || goal == 0 ? 0 : Math.min(100, (int) Math.round(100.0 * held() / goal));
    }
}
