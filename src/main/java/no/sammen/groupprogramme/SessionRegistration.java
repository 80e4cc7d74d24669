package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * A group session: the day, perhaps the time, a short note, the phase (PEF; the group's phase when
 * left out) and who came: patients by their course, family members by their network-map id. A session
 * without attendance may be planned ahead. A programme with a curriculum (IMR) also gives the shift, the
 * module and perhaps its part, and of the patients who came, those who chose homework (the user's
 * choice). {@code leaderIds} are the staff who held it.
 */
public record SessionRegistration(LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
        Set<UUID> patientCourseIds, Set<UUID> relativeIds, SessionShift shift, String moduleId, Integer part,
        Set<UUID> leaderIds, Set<UUID> homeworkCourseIds) {

    public SessionRegistration {
        patientCourseIds = ids(patientCourseIds);
        relativeIds = ids(relativeIds);
        leaderIds = ids(leaderIds);
        homeworkCourseIds = ids(homeworkCourseIds);
        moduleId = moduleId == null || moduleId.isBlank() ? null : moduleId;
    }

    /** A session of a programme without a curriculum (PEF). */
    public SessionRegistration(LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
            Set<UUID> patientCourseIds, Set<UUID> relativeIds) {
        this(heldOn, startsAt, note, phase, patientCourseIds, relativeIds, null, null, null, Set.of(), Set.of());
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
