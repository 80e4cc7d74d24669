package no.sammen.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("basic_conversation")
class BasicConversation {

    @Id
    private final UUID id;
    private final UUID courseId;
    private ConversationKind kind;
    private LocalDate heldOn;
    private String staff;
    private UUID staffId;
    private String note;
    private LocalDate followUpOn;
    @MappedCollection(idColumn = "basic_conversation_id")
    private Set<Participant> participants;
    @MappedCollection(idColumn = "basic_conversation_id")
    private Set<Topic> topics;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @PersistenceCreator
    BasicConversation(UUID id, UUID courseId, ConversationKind kind, LocalDate heldOn, String staff, UUID staffId,
            String note, LocalDate followUpOn, Set<Participant> participants, Set<Topic> topics, Instant createdAt,
            Instant updatedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.staff = staff;
        this.staffId = staffId;
        this.note = note;
        this.followUpOn = followUpOn;
        this.participants = new HashSet<>(participants);
        this.topics = new HashSet<>(topics);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static BasicConversation held(UUID courseId, ConversationDetails details, Instant now) {
        BasicConversation conversation = new BasicConversation(UUID.randomUUID(), courseId, null, null, null, null,
                null, null, Set.of(), Set.of(), now, now, null);
        conversation.change(details, now);
        return conversation;
    }

    void change(ConversationDetails details, Instant now) {
        this.kind = details.kind();
        this.heldOn = details.heldOn();
        this.staff = details.staff().strip();
        this.staffId = details.staffId();
        this.note = ConversationRules.blankToNull(details.note());
        this.followUpOn = details.followUpOn();
        this.participants = details.participantIds().stream().map(Participant::new)
                .collect(Collectors.toCollection(HashSet::new));
        this.topics = details.topics().stream().map(Topic::new).collect(Collectors.toCollection(HashSet::new));
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    ConversationKind kind() {
        return kind;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String staff() {
        return staff;
    }

    UUID staffId() {
        return staffId;
    }

    String note() {
        return note;
    }

    LocalDate followUpOn() {
        return followUpOn;
    }

    Set<UUID> participantIds() {
        return participants.stream().map(Participant::memberId).collect(Collectors.toSet());
    }

    Set<ConversationTopic> topics() {
        return topics.stream().map(Topic::topic).collect(Collectors.toSet());
    }

    Instant createdAt() {
        return createdAt;
    }

    Long version() {
        return version;
    }

    @Table("basic_conversation_participant")
    record Participant(UUID memberId) {
    }

    @Table("basic_conversation_topic")
    record Topic(ConversationTopic topic) {
    }
}
