package no.sammen.family;

import java.util.UUID;

/** A member of a course's network map. */
public record NetworkMemberView(UUID id, UUID courseId, Relation relation, String name, String contact,
        boolean closestRelative, long version) {

    public Sphere sphere() {
        return relation.sphere();
    }
}
