package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * A group session: the day, perhaps the time, a short note, the phase (PEF; the group's phase when
 * left out) and who came: patients by their course, family members by their network-map id. A session
 * without attendance may be planned ahead.
 */
public record SessionRegistration(LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
        Set<UUID> patientCourseIds, Set<UUID> relativeIds) {

    public SessionRegistration {
        patientCourseIds = ids(patientCourseIds);
        relativeIds = ids(relativeIds);
    }

    static Set<UUID> ids(Set<UUID> ids) {
        return ids == null ? Set.of()
                : ids.stream().filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean attendanceRegistered() {
        return !patientCourseIds.isEmpty() || !relativeIds.isEmpty();
    }
}
