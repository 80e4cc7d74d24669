package no.sammen.family;

import java.util.List;
import java.util.UUID;

/**
 * A module whose registrations name members of a course's network (a conversation's participants, a
 * meeting's invitees) says which of them name a member, so that a member still named is not removed
 * from under them. Implemented by those modules, which depend on this one, as a course section is
 * contributed to the course page.
 */
public interface NetworkMemberReferences {

    /**
     * Message keys naming the kinds of registration of the course that name the member (e.g.
     * "a basic conversation"), each once; empty when none does.
     */
    List<String> registrationsNaming(UUID courseId, UUID memberId);
}
