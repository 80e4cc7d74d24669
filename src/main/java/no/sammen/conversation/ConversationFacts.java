package no.sammen.conversation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the conversation module has registered for one course, as facts for worklists.
 *
 * @param firstHeld          the first conversation of each kind held
 * @param crisisPlanMadeOn   when a crisis plan with warning signs was made, or null
 */
public record ConversationFacts(Map<ConversationKind, LocalDate> firstHeld, LocalDate crisisPlanMadeOn) {

    public static final ConversationFacts NONE = new ConversationFacts(Map.of(), null);

    public ConversationFacts {
        firstHeld = Map.copyOf(firstHeld);
    }
}
