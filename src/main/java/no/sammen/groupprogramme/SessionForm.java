package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A session of a group with who came; for IMR also the shift, module, part, leaders and homework. */
class SessionForm {

    private LocalDate heldOn;
    private LocalTime startsAt;
    private String note;
    private GroupPhase phase;
    private Set<UUID> patientCourseIds = new LinkedHashSet<>();
    private Set<UUID> relativeIds = new LinkedHashSet<>();
    private SessionShift shift;
    private String moduleId;
    private Integer part;
    private Set<UUID> leaderIds = new LinkedHashSet<>();
    private Set<UUID> homeworkCourseIds = new LinkedHashSet<>();
    private Long version;

    static SessionForm of(SessionView s) {
        SessionForm form = new SessionForm();
        form.heldOn = s.heldOn();
        form.startsAt = s.startsAt();
        form.note = s.note();
        form.phase = s.phase();
        form.patientCourseIds = new LinkedHashSet<>(s.patientCourseIds());
        form.relativeIds = new LinkedHashSet<>(s.relatives().stream()
                .map(SessionView.RelativeAttendance::networkMemberId).toList());
        form.shift = s.shift();
        form.moduleId = s.moduleId();
        form.part = s.part();
        form.leaderIds = new LinkedHashSet<>(s.leaderIds());
        form.homeworkCourseIds = new LinkedHashSet<>(s.homeworkCourseIds());
        form.version = s.version();
        return form;
    }

    SessionRegistration registration() {
        return new SessionRegistration(heldOn, startsAt, note, phase, patientCourseIds, relativeIds, shift, moduleId,
                part, leaderIds, homeworkCourseIds);
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public GroupPhase getPhase() { return phase; }
    public void setPhase(GroupPhase phase) { this.phase = phase; }
    public Set<UUID> getPatientCourseIds() { return patientCourseIds; }
    public void setPatientCourseIds(Set<UUID> ids) { this.patientCourseIds = ids == null ? new LinkedHashSet<>() : ids; }
    public Set<UUID> getRelativeIds() { return relativeIds; }
    public void setRelativeIds(Set<UUID> ids) { this.relativeIds = ids == null ? new LinkedHashSet<>() : ids; }
    public SessionShift getShift() { return shift; }
    public void setShift(SessionShift shift) { this.shift = shift; }
    public String getModuleId() { return moduleId; }
    public void setModuleId(String moduleId) { this.moduleId = moduleId; }
    public Integer getPart() { return part; }
    public void setPart(Integer part) { this.part = part; }
    public Set<UUID> getLeaderIds() { return leaderIds; }
    public void setLeaderIds(Set<UUID> ids) { this.leaderIds = ids == null ? new LinkedHashSet<>() : ids; }
    public Set<UUID> getHomeworkCourseIds() { return homeworkCourseIds; }
    public void setHomeworkCourseIds(Set<UUID> ids) {
        this.homeworkCourseIds = ids == null ? new LinkedHashSet<>() : ids;
    }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
