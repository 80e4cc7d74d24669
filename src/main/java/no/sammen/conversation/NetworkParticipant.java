package no.sammen.conversation;

import java.util.UUID;

import no.sammen.family.Relation;

/** A member of the network map who took part in a conversation or in making a crisis plan. */
public record NetworkParticipant(UUID memberId, Relation relation, String name) {

    public boolean relative() {
        return relation.isRelative();
    }
}
