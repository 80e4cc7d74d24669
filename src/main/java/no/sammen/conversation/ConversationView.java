package no.sammen.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registered basic conversation; topics in the order of {@link ConversationTopic}. */
public record ConversationView(UUID id, UUID courseId, ConversationKind kind, LocalDate heldOn,
        List<NetworkParticipant> participants, String staff, List<ConversationTopic> topics, String note,
        LocalDate followUpOn, long version, UUID staffId) {

    public ConversationView {
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
    }

    public ConversationView(UUID id, UUID courseId, ConversationKind kind, LocalDate heldOn,
            List<NetworkParticipant> participants, String staff, List<ConversationTopic> topics, String note,
            LocalDate followUpOn, long version) {
        this(id, courseId, kind, heldOn, participants, staff, topics, note, followUpOn, version, null);
    }
}
