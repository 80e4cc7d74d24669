package no.sammen.shareddecision;

import java.util.List;
import java.util.UUID;

import no.sammen.family.NetworkMemberReferences;

import org.springframework.stereotype.Component;

/** A shared decision names the members of the network who took part. */
@Component
class DecisionMemberReferences implements NetworkMemberReferences {

    private final SharedDecisionRepository decisions;

    DecisionMemberReferences(SharedDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<String> registrationsNaming(UUID courseId, UUID memberId) {
        return decisions.findByCourseIdOrderByDecidedOnDescCreatedAtDesc(courseId).stream()
                .anyMatch(d -> d.names(memberId)) ? List.of("family.member.remove.usedBy.sharedDecision") : List.of();
    }
}
