package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The group form: a new group or a change of one. */
class GroupForm {

    private Long version;
    private GroupKind kind;
    private String name;
    private String schedule;
    private LocalDate startsOn;
    private LocalDate plannedEndOn;
    private GroupPhase phase;
    private GroupStatus status = GroupStatus.PLANNED;
    private Set<UUID> leaderIds = new LinkedHashSet<>();
    private String coLeaders;

    static GroupForm of(GroupView g) {
        GroupForm f = new GroupForm();
        f.version = g.version();
        f.kind = g.kind();
        f.name = g.name();
        f.schedule = g.schedule();
        f.startsOn = g.startsOn();
        f.plannedEndOn = g.plannedEndOn();
        f.phase = g.phase();
        f.status = g.status();
        f.leaderIds = new LinkedHashSet<>(g.leaderIds());
        f.coLeaders = g.coLeaders();
        return f;
    }

    GroupDetails details() {
        return new GroupDetails(kind, name, schedule, startsOn, plannedEndOn, phase, status, leaderIds, coLeaders);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public GroupKind getKind() { return kind; }
    public void setKind(GroupKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getPlannedEndOn() { return plannedEndOn; }
    public void setPlannedEndOn(LocalDate plannedEndOn) { this.plannedEndOn = plannedEndOn; }
    public GroupPhase getPhase() { return phase; }
    public void setPhase(GroupPhase phase) { this.phase = phase; }
    public GroupStatus getStatus() { return status; }
    public void setStatus(GroupStatus status) { this.status = status; }
    public Set<UUID> getLeaderIds() { return leaderIds; }
    public void setLeaderIds(Set<UUID> leaderIds) { this.leaderIds = leaderIds == null ? new LinkedHashSet<>() : leaderIds; }
    public String getCoLeaders() { return coLeaders; }
    public void setCoLeaders(String coLeaders) { this.coLeaders = coLeaders; }
}
