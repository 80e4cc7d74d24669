package no.sammen.groupprogramme;

import java.util.List;
import java.util.UUID;

import no.sammen.family.NetworkMemberReferences;

import org.springframework.stereotype.Component;

/** A group names the family members taking part in it, and a session those who came. */
@Component
class GroupMemberReferences implements NetworkMemberReferences {

    private final ProgrammeGroupRepository groups;
    private final GroupSessionRepository sessions;

    GroupMemberReferences(ProgrammeGroupRepository groups, GroupSessionRepository sessions) {
        this.groups = groups;
        this.sessions = sessions;
    }

    @Override
    public List<String> registrationsNaming(UUID courseId, UUID memberId) {
        boolean named = groups.findWithMember(courseId).stream()
                .anyMatch(g -> g.toView().members().stream().anyMatch(m -> m.relativeIds().contains(memberId)))
                || sessions.findAttendedBy(courseId).stream().anyMatch(s -> s.names(memberId));
        return named ? List.of("groupprogramme.member.usedBy") : List.of();
    }
}
