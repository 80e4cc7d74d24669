package no.sammen.guideline;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The form of one recommendation's registration on the checklist page. */
class ChecklistForm {

    private ChecklistState state;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    private String reason;
    private Integer version;

    ChecklistRegistration registration() {
        return new ChecklistRegistration(state, on, reason);
    }

    public ChecklistState getState() {
        return state;
    }

    public void setState(ChecklistState state) {
        this.state = state;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
