package no.sammen.family;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole network map of a course as a page or the API shows it: the members with their current
 * consent, the «no relatives or network» state, the minor children and the first contact.
 *
 * @param version      of the course-level facts (no network, children); null while none recorded
 * @param firstContact null while no contact is registered
 */
public record NetworkMapView(UUID courseId, boolean noNetwork, Long version, MinorChildren children,
        List<MapMember> members, FirstContactView firstContact) {

    public NetworkMapView {
        members = List.copyOf(members);
    }

    /** A member and its current consent (null when none is registered). */
    public record MapMember(NetworkMemberView member, ConsentView consent) {
    }

    public List<MapMember> privateMembers() {
        return members.stream().filter(m -> m.member().sphere() == Sphere.PRIVATE).toList();
    }

    public List<MapMember> publicMembers() {
        return members.stream().filter(m -> m.member().sphere() == Sphere.PUBLIC).toList();
    }

    public Optional<NetworkMemberView> closestRelative() {
        return members.stream().map(MapMember::member).filter(NetworkMemberView::closestRelative).findFirst();
    }
}
