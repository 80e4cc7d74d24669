package no.sammen.imr;

import java.time.LocalDate;

/** A unit's IMR settings: the compulsory first module and the goal. */
class ImrSettingsForm {

    private Long version;
    private String firstModuleId;
    private LocalDate goalFrom;
    private LocalDate goalTo;
    private Integer individualGoal;
    private Integer groupGoal;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getFirstModuleId() {
        return firstModuleId;
    }

    public void setFirstModuleId(String firstModuleId) {
        this.firstModuleId = firstModuleId;
    }

    public LocalDate getGoalFrom() {
        return goalFrom;
    }

    public void setGoalFrom(LocalDate goalFrom) {
        this.goalFrom = goalFrom;
    }

    public LocalDate getGoalTo() {
        return goalTo;
    }

    public void setGoalTo(LocalDate goalTo) {
        this.goalTo = goalTo;
    }

    public Integer getIndividualGoal() {
        return individualGoal;
    }

    public void setIndividualGoal(Integer individualGoal) {
        this.individualGoal = individualGoal;
    }

    public Integer getGroupGoal() {
        return groupGoal;
    }

    public void setGroupGoal(Integer groupGoal) {
        this.groupGoal = groupGoal;
    }

    static ImrSettingsForm of(ImrUnitSettingsView s) {
        ImrSettingsForm form = new ImrSettingsForm();
        form.setVersion(s.version());
        form.setFirstModuleId(s.firstModuleId());
        form.setGoalFrom(s.goalFrom());
        form.setGoalTo(s.goalTo());
        form.setIndividualGoal(s.individualGoal());
        form.setGroupGoal(s.groupGoal());
        return form;
    }

}