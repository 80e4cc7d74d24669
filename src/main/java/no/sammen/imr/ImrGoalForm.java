package no.sammen.imr;

import java.time.LocalDate;

/** A goal in the user's own words. */
class ImrGoalForm {

    private Long version;
    private LocalDate setOn;
    private String goal;
    private String steps;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getSetOn() {
        return setOn;
    }

    public void setSetOn(LocalDate setOn) {
        this.setOn = setOn;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    ImrGoalRegistration registration() {
        return new ImrGoalRegistration(setOn, goal, steps);
    }

    static ImrGoalForm of(ImrGoalView g) {
        ImrGoalForm form = new ImrGoalForm();
        form.setVersion(g.version());
        form.setSetOn(g.setOn());
        form.setGoal(g.goal());
        form.setSteps(g.steps());
        return form;
    }

}