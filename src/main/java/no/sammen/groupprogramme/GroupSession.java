package no.sammen.groupprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One session of a group with its attendance: one row however many came, so that a session of an IMR
 * group counts once at its unit and each member's IMR reads it from here (ADR 0030).
 */
@Table("programme_session")
class GroupSession {

    @Id
    private final UUID id;
    private final UUID groupId;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private String note;
    private GroupPhase phase;
    private SessionShift shift;
    private String moduleId;
    @Column("module_part")
    private Integer part;
    @MappedCollection(idColumn = "session_id")
    private Set<PatientAttendance> patients;
    @MappedCollection(idColumn = "session_id")
    private Set<RelativeAttendance> relatives;
    @MappedCollection(idColumn = "session_id")
    private Set<Leader> leaders;
    private final Instant createdAt;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    GroupSession(UUID id, UUID groupId, LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
            SessionShift shift, String moduleId, Integer part, Set<PatientAttendance> patients,
            Set<RelativeAttendance> relatives, Set<Leader> leaders, Instant createdAt, Instant changedAt,
            Long version) {
        this.id = id;
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.note = note;
        this.phase = phase;
        this.shift = shift;
        this.moduleId = moduleId;
        this.part = part;
        this.patients = new HashSet<>(patients == null ? Set.of() : patients);
        this.relatives = new HashSet<>(relatives == null ? Set.of() : relatives);
        this.leaders = new HashSet<>(leaders == null ? Set.of() : leaders);
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
        GroupSession session = new GroupSession(UUID.randomUUID(), groupId, null, null, null, null, null, null, null,
                Set.of(), Set.of(), Set.of(), now, now, null);
        session.apply(r, phase, courseOfRelative, now);
        return session;
    }

    /**
     * Changes the session to {@code r}; the attendance of {@code kept} (courses the user may not see)
     * stays as it was.
     */
    void change(SessionRegistration r, GroupPhase phase, Map<UUID, UUID> courseOfRelative, Set<UUID> kept,
            Instant now) {
        Set<PatientAttendance> keptPatients = patients.stream().filter(p -> kept.contains(p.courseId()))
                .collect(Collectors.toSet());
        Set<RelativeAttendance> keptRelatives = relatives.stream().filter(a -> kept.contains(a.courseId()))
                .collect(Collectors.toSet());
        apply(r, phase, courseOfRelative, now);
        patients.addAll(keptPatients);
        relatives.addAll(keptRelatives);
    }

    private void apply(SessionRegistration r, GroupPhase phase, Map<UUID, UUID> courseOfRelative, Instant now) {
        heldOn = r.heldOn();
        startsAt = r.startsAt();
        note = GroupRules.stripToNull(r.note());
        this.phase = phase;
        shift = r.shift();
        moduleId = r.moduleId();
        part = r.part();
        patients = r.patientCourseIds().stream()
                .map(c -> new PatientAttendance(c, shift == null ? null : r.homeworkCourseIds().contains(c)))
                .collect(Collectors.toCollection(HashSet::new));
        relatives = r.relativeIds().stream().map(m -> new RelativeAttendance(m, courseOfRelative.get(m)))
                .collect(Collectors.toCollection(HashSet::new));
        leaders = r.leaderIds().stream().map(Leader::new).collect(Collectors.toCollection(HashSet::new));
        changedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID groupId() {
        return groupId;
    }

    Long version() {
        return version;
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
                        .sorted(Comparator.comparing(SessionView.RelativeAttendance::networkMemberId)).toList(),
                shift, moduleId, part, leaders.stream().map(Leader::userId).sorted().toList(),
                patients.stream().filter(p -> Boolean.TRUE.equals(p.homeworkChosen()))
                        .map(PatientAttendance::courseId).sorted().toList(),
                version == null ? 0 : version);
    }

    @Table("programme_session_patient")
    record PatientAttendance(UUID courseId, Boolean homeworkChosen) {
    }

    @Table("programme_session_relative")
    record RelativeAttendance(UUID networkMemberId, UUID courseId) {
    }

    @Table("programme_session_leader")
    record Leader(UUID userId) {
    }
}
