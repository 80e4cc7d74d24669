package no.sammen.implementation;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A unit's improvement team: its members, each a staff member of the unit with a role. Saved whole. */
@Table("improvement_team")
class ImprovementTeam {

    @Id
    private final UUID unitId;
    @MappedCollection(idColumn = "unit_id")
    private Set<Member> members;
    private String changedBy;
    private Instant changedAt;
    @Version
    private Long version;

    @Table("improvement_team_member")
    record Member(UUID staffId, TeamRole role) {
    }

    @PersistenceCreator
    ImprovementTeam(UUID unitId, Set<Member> members, String changedBy, Instant changedAt, Long version) {
        this.unitId = unitId;
        this.members = new HashSet<>(members == null ? Set.of() : members);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    static ImprovementTeam empty(UUID unitId) {
        return new ImprovementTeam(unitId, Set.of(), null, null, null);
    }

    /** Takes over members that have passed {@link ImplementationRules#team}. */
    void replaceMembers(Set<Member> members, String by, Instant at) {
        this.members = new HashSet<>(members);
        this.changedBy = by;
        this.changedAt = at;
    }

    UUID unitId() {
        return unitId;
    }

    Set<Member> members() {
        return Set.copyOf(members);
    }

    /** The version as read; -1 for a team never saved. */
    long version() {
        return version == null ? -1 : version;
    }
}
