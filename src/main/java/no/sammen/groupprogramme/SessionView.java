package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A group session with who came: patients by course, family members by network-map id (with their
 * course). A session of a programme with a curriculum (IMR) has its shift, module and part, and the
 * patients who chose homework; {@code leaderIds} are the staff who held it.
 */
public record SessionView(UUID id, UUID groupId, LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
        List<UUID> patientCourseIds, List<RelativeAttendance> relatives, SessionShift shift, String moduleId,
        Integer part, List<UUID> leaderIds, List<UUID> homeworkCourseIds, long version) {

    public SessionView {
        patientCourseIds = List.copyOf(patientCourseIds);
        relatives = List.copyOf(relatives);
        leaderIds = List.copyOf(leaderIds);
        homeworkCourseIds = List.copyOf(homeworkCourseIds);
    }

    public record RelativeAttendance(UUID courseId, UUID networkMemberId) {
    }

    public boolean attendanceRegistered() {
        return !patientCourseIds.isEmpty() || !relatives.isEmpty();
    }

    /** Whether the patient of the course came. */
    public boolean came(UUID courseId) {
        return patientCourseIds.contains(courseId);
    }

    /** The same session with only the attendance of these courses. */
    SessionView limitedTo(Set<UUID> shown) {
        return new SessionView(id, groupId, heldOn, startsAt, note, phase,
                patientCourseIds.stream().filter(shown::contains).toList(),
                relatives.stream().filter(a -> shown.contains(a.courseId())).toList(), shift, moduleId, part, leaderIds,
                homeworkCourseIds.stream().filter(shown::contains).toList(), version);
    }
}
