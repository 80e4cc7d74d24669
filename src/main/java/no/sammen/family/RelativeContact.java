package no.sammen.family;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contact with relatives: when, how, by whom (a staff member of the unit, whose name the text then is,
 * or someone outside Sammen named only as text), and which members of the network.
 */
@Table("relative_contact")
class RelativeContact {

    @Id
    private final UUID id;
    private final UUID courseId;
    private final Instant contactedAt;
    private final ContactChannel channel;
    private final String staffName;
    private final UUID staffId;
    @MappedCollection(idColumn = "relative_contact_id")
    private final Set<ContactedMember> members;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    RelativeContact(UUID id, UUID courseId, Instant contactedAt, ContactChannel channel, String staffName,
            UUID staffId, Set<ContactedMember> members, Instant createdAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.contactedAt = contactedAt;
        this.channel = channel;
        this.staffName = staffName;
        this.staffId = staffId;
        this.members = new HashSet<>(members == null ? Set.of() : members);
        this.createdAt = createdAt;
        this.version = version;
    }

    static RelativeContact register(UUID courseId, Instant contactedAt, ContactChannel channel, String staffName,
            UUID staffId, Set<UUID> memberIds, Instant now) {
        return new RelativeContact(UUID.randomUUID(), courseId, contactedAt, channel, staffName.strip(), staffId,
                memberIds.stream().map(ContactedMember::new).collect(Collectors.toSet()), now, null);
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    Instant contactedAt() {
        return contactedAt;
    }

    ContactChannel channel() {
        return channel;
    }

    String staffName() {
        return staffName;
    }

    UUID staffId() {
        return staffId;
    }

    Set<UUID> memberIds() {
        return members.stream().map(ContactedMember::memberId).collect(Collectors.toUnmodifiableSet());
    }

    @Table("relative_contact_member")
    record ContactedMember(UUID memberId) {
    }
}
