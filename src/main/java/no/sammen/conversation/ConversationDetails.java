package no.sammen.conversation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.Elements;

/**
 * What is registered about a basic conversation.
 *
 * @param participantIds members of the course's network map who took part
 * @param staff          who held the conversation, as free text: a person outside Sammen, or the name of
 *                       the staff member named by {@code staffId}
 * @param note           a short note; no sensitive details, never a national id
 * @param followUpOn     the follow-up agreed, if any; may lie in the future
 * @param staffId        the staff member of the course's unit who held it, if one did
 */
public record ConversationDetails(ConversationKind kind, LocalDate heldOn, Set<UUID> participantIds, String staff,
        Set<ConversationTopic> topics, String note, LocalDate followUpOn, UUID staffId) {

    public ConversationDetails {
        participantIds = Elements.setOf(participantIds);
        topics = Elements.setOf(topics);
    }

    /** Held by someone named only as text. */
    public ConversationDetails(ConversationKind kind, LocalDate heldOn, Set<UUID> participantIds, String staff,
            Set<ConversationTopic> topics, String note, LocalDate followUpOn) {
        this(kind, heldOn, participantIds, staff, topics, note, followUpOn, null);
    }

    ConversationDetails heldBy(String name) {
        return new ConversationDetails(kind, heldOn, participantIds, name, topics, note, followUpOn, staffId);
    }
}
