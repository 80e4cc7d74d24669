package no.sammen.implementation;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The form of an activity of the plan. */
public class ActivityForm {

    private long version = -1;
    private ActivityKind kind;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private UUID responsibleStaffId;
    private ActivityStatus status = ActivityStatus.PLANNED;
    private String note;

    static ActivityForm of(ActivityView a) {
        ActivityForm form = new ActivityForm();
        form.version = a.version();
        form.kind = a.kind();
        form.title = a.title();
        form.startsOn = a.startsOn();
        form.endsOn = a.endsOn();
        form.responsibleStaffId = a.responsibleStaffId();
        form.status = a.status();
        form.note = a.note();
        return form;
    }

    ActivityDetails details() {
        return new ActivityDetails(kind, title, startsOn, endsOn, responsibleStaffId, status, note);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public UUID getResponsibleStaffId() {
        return responsibleStaffId;
    }

    public void setResponsibleStaffId(UUID responsibleStaffId) {
        this.responsibleStaffId = responsibleStaffId;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
