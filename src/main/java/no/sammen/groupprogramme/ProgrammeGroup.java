package no.sammen.groupprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A group of a unit with its leaders and members; details have passed {@link GroupRules} before they get here. */
@Table("programme_group")
class ProgrammeGroup {

    @Id
    private final UUID id;
    private final UUID unitId;
    private final Programme programme;
    private GroupKind kind;
    private String name;
    private String schedule;
    private LocalDate startsOn;
    private LocalDate plannedEndOn;
    private GroupPhase phase;
    private GroupStatus status;
    private String coLeaders;
    @MappedCollection(idColumn = "group_id")
    private Set<Leader> leaders;
    @MappedCollection(idColumn = "group_id")
    private Set<Member> members;
    @MappedCollection(idColumn = "group_id")
    private Set<Relative> relatives;
    private final Instant createdAt;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ProgrammeGroup(UUID id, UUID unitId, Programme programme, GroupKind kind, String name, String schedule,
            LocalDate startsOn, LocalDate plannedEndOn, GroupPhase phase, GroupStatus status, String coLeaders,
            Set<Leader> leaders, Set<Member> members, Set<Relative> relatives, Instant createdAt, Instant changedAt,
            Long version) {
        this.id = id;
        this.unitId = unitId;
        this.programme = programme;
        this.kind = kind;
        this.name = name;
        this.schedule = schedule;
        this.startsOn = startsOn;
        this.plannedEndOn = plannedEndOn;
        this.phase = phase;
        this.status = status;
        this.coLeaders = coLeaders;
        this.leaders = new HashSet<>(leaders == null ? Set.of() : leaders);
        this.members = new HashSet<>(members == null ? Set.of() : members);
        this.relatives = new HashSet<>(relatives == null ? Set.of() : relatives);
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    static ProgrammeGroup start(UUID unitId, Programme programme, GroupDetails details, Instant now) {
        ProgrammeGroup group = new ProgrammeGroup(UUID.randomUUID(), unitId, programme, null, null, null, null, null,
                null, null, null, Set.of(), Set.of(), Set.of(), now, now, null);
        group.change(details, now);
        return group;
    }

    void change(GroupDetails d, Instant now) {
        this.kind = d.kind();
        this.name = d.name().strip();
        this.schedule = GroupRules.stripToNull(d.schedule());
        this.startsOn = d.startsOn();
        this.plannedEndOn = d.plannedEndOn();
        this.phase = programme.phased() ? d.phase() : null;
        this.status = d.status();
        this.coLeaders = GroupRules.stripToNull(d.coLeaders());
        this.leaders = d.leaderIds().stream().map(Leader::new).collect(Collectors.toCollection(HashSet::new));
        this.changedAt = now;
    }

    void addMember(UUID courseId, LocalDate joinedOn, Set<UUID> relativeIds, Instant now) {
        members.removeIf(m -> m.courseId().equals(courseId));
        members.add(new Member(courseId, joinedOn));
        setRelatives(courseId, relativeIds, now);
    }

    void setRelatives(UUID courseId, Set<UUID> relativeIds, Instant now) {
        relatives.removeIf(r -> r.courseId().equals(courseId));
        relativeIds.forEach(r -> relatives.add(new Relative(courseId, r)));
        this.changedAt = now;
    }

    void removeMember(UUID courseId, Instant now) {
        members.removeIf(m -> m.courseId().equals(courseId));
        relatives.removeIf(r -> r.courseId().equals(courseId));
        this.changedAt = now;
    }

    /** A held session moves a planned group to running. */
    void sessionHeld(Instant now) {
        if (status == GroupStatus.PLANNED) {
            status = GroupStatus.RUNNING;
            changedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID unitId() {
        return unitId;
    }

    Programme programme() {
        return programme;
    }

    Long version() {
        return version;
    }

    GroupView toView() {
        List<GroupView.MemberView> memberViews = members.stream()
                .sorted(Comparator.comparing(Member::joinedOn).thenComparing(Member::courseId))
                .map(m -> new GroupView.MemberView(m.courseId(), m.joinedOn(), relatives.stream()
                        .filter(r -> r.courseId().equals(m.courseId())).map(Relative::networkMemberId).sorted()
                        .toList()))
                .toList();
        return new GroupView(id, unitId, programme, kind, name, schedule, startsOn, plannedEndOn, phase, status,
                leaders.stream().map(Leader::userId).sorted().toList(), coLeaders, memberViews,
                version == null ? 0 : version);
    }

    @Table("programme_group_leader")
    record Leader(UUID userId) {
    }

    @Table("programme_group_member")
    record Member(UUID courseId, LocalDate joinedOn) {
    }

    @Table("programme_group_relative")
    record Relative(UUID courseId, UUID networkMemberId) {
    }
}
