package no.sammen.pef;

import java.time.LocalDate;

/** A new recruitment state of a course. */
class RecruitmentForm {

    private RecruitmentState state;
    private LocalDate stateOn;
    private String reason;

    public RecruitmentState getState() { return state; }
    public void setState(RecruitmentState state) { this.state = state; }
    public LocalDate getStateOn() { return stateOn; }
    public void setStateOn(LocalDate stateOn) { this.stateOn = stateOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
