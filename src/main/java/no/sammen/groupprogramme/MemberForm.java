package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Adding a course to a group, or choosing which of its family members take part. */
class MemberForm {

    private UUID courseId;
    private LocalDate joinedOn;
    private Set<UUID> relativeIds = new LinkedHashSet<>();

    public UUID getCourseId() { return courseId; }
    public void setCourseId(UUID courseId) { this.courseId = courseId; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public Set<UUID> getRelativeIds() { return relativeIds; }
    public void setRelativeIds(Set<UUID> relativeIds) { this.relativeIds = relativeIds == null ? new LinkedHashSet<>() : relativeIds; }
}
