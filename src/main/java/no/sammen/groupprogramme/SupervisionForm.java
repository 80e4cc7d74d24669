package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The supervision form: a new session or a change of one. */
class SupervisionForm {

    private Long version;
    private Programme programme;
    private LocalDate heldOn;
    private UUID supervisorId;
    private String supervisorName;
    private UUID groupId;
    private Set<UUID> attendeeIds = new LinkedHashSet<>();
    private String note;

    static SupervisionForm of(SupervisionView s) {
        SupervisionForm f = new SupervisionForm();
        f.fill(s);
        return f;
    }

    /** The session as stored, into this form (which keeps its errors). */
    void fill(SupervisionView s) {
        version = s.version();
        programme = s.programme();
        heldOn = s.heldOn();
        supervisorId = s.supervisorId();
        supervisorName = s.supervisorName();
        groupId = s.groupId();
        attendeeIds = new LinkedHashSet<>(s.attendeeIds());
        note = s.note();
    }

    SupervisionDetails details() {
        return new SupervisionDetails(programme, heldOn, supervisorId, supervisorName, groupId, attendeeIds, note);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Programme getProgramme() { return programme; }
    public void setProgramme(Programme programme) { this.programme = programme; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public UUID getSupervisorId() { return supervisorId; }
    public void setSupervisorId(UUID supervisorId) { this.supervisorId = supervisorId; }
    public String getSupervisorName() { return supervisorName; }
    public void setSupervisorName(String supervisorName) { this.supervisorName = supervisorName; }
    public UUID getGroupId() { return groupId; }
    public void setGroupId(UUID groupId) { this.groupId = groupId; }
    public Set<UUID> getAttendeeIds() { return attendeeIds; }
    public void setAttendeeIds(Set<UUID> ids) { this.attendeeIds = ids == null ? new LinkedHashSet<>() : ids; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
