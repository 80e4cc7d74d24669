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

    /**
     * What counts towards the goal: each part's sessions up to that part's goal, so that individual
     * sessions beyond their part do not stand in for the group sessions of the goal.
     */
    public int countedTowardsGoal() {
        return Math.min(heldIndividual, part(settings.individualGoal()))
                + Math.min(heldGroup, part(settings.groupGoal()));
    }

    /** Whether each part of the goal is reached. */
    public boolean met() {
        return settings.hasGoal() && heldIndividual >= part(settings.individualGoal())
                && heldGroup >= part(settings.groupGoal());
    }

    private static int part(Integer goal) {
        return goal == null ? 0 : goal;
    }
}
