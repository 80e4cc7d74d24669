package no.sammen.networkmeeting;

import java.util.List;
import java.util.UUID;

import no.sammen.family.NetworkMemberReferences;

import org.springframework.stereotype.Component;

/** A network meeting names the members invited to it and those who came. */
@Component
class MeetingMemberReferences implements NetworkMemberReferences {

    private final NetworkMeetingRepository meetings;

    MeetingMemberReferences(NetworkMeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<String> registrationsNaming(UUID courseId, UUID memberId) {
        return meetings.findByCourseIdOrderByCreatedAt(courseId).stream().anyMatch(m -> m.names(memberId))
                ? List.of("family.member.remove.usedBy.networkMeeting") : List.of();
    }
}
