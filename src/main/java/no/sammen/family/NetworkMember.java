package no.sammen.family;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("network_member")
class NetworkMember {

    @Id
    private final UUID id;
    private final UUID courseId;
    private Relation relation;
    private String name;
    private String contact;
    private boolean closestRelative;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    NetworkMember(UUID id, UUID courseId, Relation relation, String name, String contact, boolean closestRelative,
            Instant createdAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.relation = relation;
        this.name = name;
        this.contact = contact;
        this.closestRelative = closestRelative;
        this.createdAt = createdAt;
        this.version = version;
    }

    static NetworkMember add(UUID courseId, MemberDetails details, Instant now) {
        NetworkMember member = new NetworkMember(UUID.randomUUID(), courseId, null, null, null, false, now, null);
        member.change(details);
        return member;
    }

    void change(MemberDetails details) {
        this.relation = details.relation();
        this.name = details.name().strip();
        this.contact = details.contact() == null || details.contact().isBlank() ? null : details.contact().strip();
        this.closestRelative = details.closestRelative();
    }

    void notClosestRelative() {
        this.closestRelative = false;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    boolean closestRelative() {
        return closestRelative;
    }

    Long version() {
        return version;
    }

    NetworkMemberView toView() {
        return new NetworkMemberView(id, courseId, relation, name, contact, closestRelative, version);
    }
}
