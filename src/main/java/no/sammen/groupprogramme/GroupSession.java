package no.sammen.groupprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One session of a group with its attendance. */
@Table("programme_session")
class GroupSession {

    @Id
    private final UUID id;
    private final UUID groupId;
    private final LocalDate heldOn;
    private final LocalTime startsAt;
    private final String note;
    private final GroupPhase phase;
    @MappedCollection(idColumn = "session_id")
    private final Set<PatientAttendance> patients;
    @MappedCollection(idColumn = "session_id")
    private final Set<RelativeAttendance> relatives;
    private final Instant createdAt;
    private final Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    GroupSession(UUID id, UUID groupId, LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
            Set<PatientAttendance> patients, Set<RelativeAttendance> relatives, Instant createdAt, Instant changedAt,
            Long version) {
        this.id = id;
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.note = note;
        this.phase = phase;
        this.patients = new HashSet<>(patients == null ? Set.of() : patients);
        this.relatives = new HashSet<>(relatives == null ? Set.of() : relatives);
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    /**
     * A new session; {@code courseOfRelative} gives each family member's course.
     *
     * @param phase the phase at the time (the group's, unless given)
     */
    static GroupSession register(UUID groupId, SessionRegistration r, GroupPhase phase,
            Map<UUID, UUID> courseOfRelative, Instant now) {
        return new GroupSession(UUID.randomUUID(), groupId, r.heldOn(), r.startsAt(), GroupRules.stripToNull(r.note()),
                phase, r.patientCourseIds().stream().map(PatientAttendance::new).collect(Collectors.toSet()),
                r.relativeIds().stream().map(m -> new RelativeAttendance(m, courseOfRelative.get(m)))
                        .collect(Collectors.toSet()), now, now, null);
    }

    UUID id() {
        return id;
    }

    UUID groupId() {
        return groupId;
    }

    /** The courses whose patient or family came. */
    Set<UUID> attendingCourses() {
        Set<UUID> courses = patients.stream().map(PatientAttendance::courseId).collect(Collectors.toSet());
        relatives.forEach(r -> courses.add(r.courseId()));
        return courses;
    }

    boolean names(UUID networkMemberId) {
        return relatives.stream().anyMatch(r -> r.networkMemberId().equals(networkMemberId));
    }

    SessionView toView() {
        return new SessionView(id, groupId, heldOn, startsAt, note, phase,
                patients.stream().map(PatientAttendance::courseId).sorted().toList(),
                relatives.stream().map(r -> new SessionView.RelativeAttendance(r.courseId(), r.networkMemberId()))
                        .sorted(java.util.Comparator.comparing(SessionView.RelativeAttendance::networkMemberId))
                        .toList(), version == null ? 0 : version);
    }

    @Table("programme_session_patient")
    record PatientAttendance(UUID courseId) {
    }

    @Table("programme_session_relative")
    record RelativeAttendance(UUID networkMemberId, UUID courseId) {
    }
}
