package no.sammen.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.family.NetworkMemberReferences;

import org.springframework.stereotype.Component;

/** Basic conversations and the crisis plan name the network members who took part. */
@Component
class ConversationMemberReferences implements NetworkMemberReferences {

    private final BasicConversationRepository conversations;
    private final CrisisPlanRepository plans;

    ConversationMemberReferences(BasicConversationRepository conversations, CrisisPlanRepository plans) {
        this.conversations = conversations;
        this.plans = plans;
    }

    @Override
    public List<String> registrationsNaming(UUID courseId, UUID memberId) {
        List<String> naming = new ArrayList<>();
        if (conversations.findByCourseIdOrderByHeldOnAscCreatedAtAsc(courseId).stream()
                .anyMatch(c -> c.participantIds().contains(memberId))) {
            naming.add("family.member.remove.usedBy.conversation");
        }
        if (plans.findByCourseId(courseId).filter(p -> p.madeWithMemberIds().contains(memberId)).isPresent()) {
            naming.add("family.member.remove.usedBy.crisisPlan");
        }
        return naming;
    }
}
