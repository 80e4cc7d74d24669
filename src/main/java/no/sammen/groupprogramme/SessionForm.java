package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A session of a group with who came. */
class SessionForm {

    private LocalDate heldOn;
    private LocalTime startsAt;
    private String note;
    private GroupPhase phase;
    private Set<UUID> patientCourseIds = new LinkedHashSet<>();
    private Set<UUID> relativeIds = new LinkedHashSet<>();

    SessionRegistration registration() {
        return new SessionRegistration(heldOn, startsAt, note, phase, patientCourseIds, relativeIds);
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
}
