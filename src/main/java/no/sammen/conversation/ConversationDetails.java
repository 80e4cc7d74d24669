package no.sammen.conversation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.Elements;

/**
 * What is registered about a basic conversation.
 *
 * @param participantIds members of the course's network map who took part
 * @param staff          who from the unit held the conversation, as free text
 * @param note           a short note; no sensitive details, never a national id
 * @param followUpOn     the follow-up agreed, if any; may lie in the future
 */
public record ConversationDetails(ConversationKind kind, LocalDate heldOn, Set<UUID> participantIds, String staff,
        Set<ConversationTopic> topics, String note, LocalDate followUpOn) {

    public ConversationDetails {
        participantIds = Elements.setOf(participantIds);
        topics = Elements.setOf(topics);
    }
}
