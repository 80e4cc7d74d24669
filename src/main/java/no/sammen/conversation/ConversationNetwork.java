package no.sammen.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.family.NetworkMemberView;
import no.sammen.family.NetworkService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;

import org.springframework.stereotype.Component;

/** The course's network map as conversations and crisis plans name their participants. */
@Component
class ConversationNetwork {

    private final NetworkService network;
    private final CourseRegistrations courses;

    ConversationNetwork(NetworkService network, CourseRegistrations courses) {
        this.network = network;
        this.courses = courses;
    }

    Map<UUID, NetworkMemberView> members(UUID courseId) {
        return network.members(courseId).stream()
                .collect(Collectors.toMap(NetworkMemberView::id, Function.identity()));
    }

    /** The network map to choose participants from, for a form: an audited read. */
    List<NetworkMemberView> forForm(UUID courseId) {
        CourseView course = courses.toChange(courseId);
        List<NetworkMemberView> members = network.members(courseId);
        courses.audit(AuditAction.LIST, "network_member", null, course,
                "course " + courseId + " for a conversation or crisis plan form");
        return members;
    }

    /** Checks that the ids are members of the course's network; the members found. */
    List<NetworkMemberView> require(UUID courseId, Set<UUID> ids, String field) {
        return network.requireMembers(courseId, ids, field);
    }

    /** In the order of the network map: private members first, then by relation. */
    static List<NetworkParticipant> participants(Set<UUID> ids, Map<UUID, NetworkMemberView> members) {
        return ids.stream().map(members::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(NetworkMemberView::relation).thenComparing(NetworkMemberView::name))
                .map(m -> new NetworkParticipant(m.id(), m.relation(), m.name())).toList();
    }
}
