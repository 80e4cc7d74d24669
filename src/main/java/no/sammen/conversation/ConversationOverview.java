package no.sammen.conversation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only summary of a course's basic conversations and crisis plan, for a module that shows it beside
 * something of its own (the journal audit's record): which kinds of conversation were held and when, which
 * topics any of them covered, and whether a crisis plan names warning signs. Only for a course the user may
 * read; not audited here: the caller audits the page it is part of.
 */
@Component
public class ConversationOverview {

    private final ConversationService conversations;
    private final CrisisPlanService plans;

    ConversationOverview(ConversationService conversations, CrisisPlanService plans) {
        this.conversations = conversations;
        this.plans = plans;
    }

    /** One kind of conversation: the day it was first held, or null. */
    public record HeldView(ConversationKind kind, LocalDate firstHeldOn) {
    }

    /**
     * @param topics          the topics covered by any conversation of the course
     * @param crisisPlanOn    the day the crisis plan was made, or null when there is none
     * @param warningSigns    whether the crisis plan names warning signs
     */
    public record ConversationOverviewView(UUID courseId, List<HeldView> held, Set<ConversationTopic> topics,
            LocalDate crisisPlanOn, boolean warningSigns) {
    }

    @Transactional(readOnly = true)
    public ConversationOverviewView of(UUID courseId) {
        List<ConversationView> all = conversations.conversations(courseId);
        Set<ConversationTopic> topics = EnumSet.noneOf(ConversationTopic.class);
        all.forEach(c -> topics.addAll(c.topics()));
        List<HeldView> held = java.util.Arrays.stream(ConversationKind.values())
                .map(kind -> new HeldView(kind, all.stream().filter(c -> c.kind() == kind)
                        .map(ConversationView::heldOn).min(LocalDate::compareTo).orElse(null)))
                .toList();
        var plan = plans.crisisPlan(courseId);
        return new ConversationOverviewView(courseId, held, Set.copyOf(topics),
                plan.map(CrisisPlanView::madeOn).orElse(null), plan.map(CrisisPlanView::hasWarningSigns).orElse(false));
    }
}
