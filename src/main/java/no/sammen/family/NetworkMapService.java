package no.sammen.family;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole network map of a course as one audited read: members, their current consents, the family state. */
@Service
@Transactional
class NetworkMapService {

    static final String MAP = "network_map";

    private final NetworkMemberRepository members;
    private final FamilyStateService states;
    private final ConsentService consents;
    private final ContactService contacts;
    private final CourseRegistrations courses;

    NetworkMapService(NetworkMemberRepository members, FamilyStateService states, ConsentService consents,
            ContactService contacts, CourseRegistrations courses) {
        this.members = members;
        this.states = states;
        this.consents = consents;
        this.contacts = contacts;
        this.courses = courses;
    }

    NetworkMapView networkMap(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        FamilyStateView state = states.stateOf(courseId);
        Map<UUID, ConsentView> current = consents.currentByMember(courseId);
        List<NetworkMapView.MapMember> map = members.findByCourseIdOrderByCreatedAt(courseId).stream()
                .map(NetworkMember::toView)
                .map(m -> new NetworkMapView.MapMember(m, current.get(m.id()))).toList();
        courses.audit(AuditAction.READ, MAP, courseId, course, null);
        return new NetworkMapView(courseId, state.noNetwork(), state.version(), state.children(), map,
                contacts.firstContact(courseId).orElse(null));
    }
}
