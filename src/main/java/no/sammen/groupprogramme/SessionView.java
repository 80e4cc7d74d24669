package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A group session with who came: patients by course, family members by network-map id (with their course). */
public record SessionView(UUID id, UUID groupId, LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
        List<UUID> patientCourseIds, List<RelativeAttendance> relatives, long version) {

    public SessionView {
        patientCourseIds = List.copyOf(patientCourseIds);
        relatives = List.copyOf(relatives);
    }

    public record RelativeAttendance(UUID courseId, UUID networkMemberId) {
    }

    public boolean attendanceRegistered() {
        return !patientCourseIds.isEmpty() || !relatives.isEmpty();
    }
}
