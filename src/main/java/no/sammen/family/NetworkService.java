package no.sammen.family;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.FreeText;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.ReadInTransaction;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network map of a course. Reached only through a course the user may see (or change); every
 * change is audited with the course's unit and patient.
 */
@Service
@Transactional
public class NetworkService {

    static final String OBJECT_TYPE = "network_member";
    static final int TEXT_MAX = 200;
    /** The field of a refused removal. */
    static final String REMOVE = "remove";

    private final NetworkMemberRepository members;
    private final CourseFamilyRepository families;
    private final MemberConsentRepository consents;
    private final RelativeContactRepository contacts;
    private final List<NetworkMemberReferences> otherReferences;
    private final CourseRegistrations courses;
    private final Clock clock;

    NetworkService(NetworkMemberRepository members, CourseFamilyRepository families, MemberConsentRepository consents,
            RelativeContactRepository contacts, List<NetworkMemberReferences> otherReferences,
            CourseRegistrations courses, Clock clock) {
        this.members = members;
        this.families = families;
        this.consents = consents;
        this.contacts = contacts;
        this.otherReferences = otherReferences;
        this.courses = courses;
        this.clock = clock;
    }

    /**
     * The members of a course's network, in the order they were added. Not audited: part of a page. Read once
     * per transaction (several sections of the course page ask), and again after a change of the network.
     */
    @Transactional(readOnly = true)
    public List<NetworkMemberView> members(UUID courseId) {
        courses.toRead(courseId);
        return readInTransaction.get(courseId,
                id -> members.findByCourseIdOrderByCreatedAt(id).stream().map(NetworkMember::toView).toList());
    }

    /** The networks read in the current transaction, by course. */
    private final ReadInTransaction<UUID, List<NetworkMemberView>> readInTransaction = new ReadInTransaction<>();

    /**
     * Checks that each id is a member of this course's network, for modules that register who took
     * part in something; otherwise a field problem on {@code field}.
     */
    @Transactional(readOnly = true)
    public List<NetworkMemberView> requireMembers(UUID courseId, Set<UUID> memberIds, String field) {
        courses.toRead(courseId);
        List<NetworkMemberView> found = members.findAllById(memberIds).stream()
                .filter(m -> m.courseId().equals(courseId)).map(NetworkMember::toView).toList();
        if (found.size() != memberIds.size()) {
            throw new InvalidInputException(FieldProblem.of(field, "family.member.notInNetwork"));
        }
        return found;
    }

    public NetworkMemberView add(UUID courseId, MemberDetails details) {
        CourseView course = courses.toChange(courseId);
        validate(details, noNetwork(courseId));
        if (details.closestRelative()) {
            clearClosestRelative(courseId, null);
        }
        readInTransaction.forget(courseId);
        NetworkMember saved = members.save(NetworkMember.add(courseId, details, clock.instant()));
        courses.audit(AuditAction.CREATE, OBJECT_TYPE, saved.id(), course, "course " + courseId);
        return saved.toView();
    }

    public NetworkMemberView change(UUID courseId, UUID memberId, long version, MemberDetails details) {
        CourseView course = courses.toChange(courseId);
        NetworkMember member = Registrations.ofCourse(members.findById(memberId), courseId, NetworkMember::courseId,
                OBJECT_TYPE);
        Registrations.checkVersion(member.version(), version, OBJECT_TYPE);
        validate(details, noNetwork(courseId));
        if (details.closestRelative()) {
            clearClosestRelative(courseId, memberId);
        }
        member.change(details);
        readInTransaction.forget(courseId);
        NetworkMember saved = Registrations.save(() -> members.save(member), OBJECT_TYPE);
        courses.audit(AuditAction.UPDATE, OBJECT_TYPE, memberId, course, "course " + courseId);
        return saved.toView();
    }

    /**
     * Removes a member added by mistake, or one who should not be on the map. Refused, naming why,
     * while a registration names the member (a consent, a contact, a conversation, a meeting): those
     * stay as they were registered, so the member must stay too.
     */
    public void remove(UUID courseId, UUID memberId, long version) {
        CourseView course = courses.toChange(courseId);
        NetworkMember member = Registrations.ofCourse(members.findById(memberId), courseId, NetworkMember::courseId,
                OBJECT_TYPE);
        Registrations.checkVersion(member.version(), version, OBJECT_TYPE);
        List<String> naming = registrationsNaming(courseId, memberId);
        if (!naming.isEmpty()) {
            throw new InvalidInputException(naming.stream().map(key -> FieldProblem.of(REMOVE, key)).toList());
        }
        readInTransaction.forget(courseId);
        try {
            Registrations.save(() -> {
                members.delete(member);
                return member;
            }, OBJECT_TYPE);
        } catch (DataIntegrityViolationException e) {
            // Named by a registration made meanwhile.
            throw new InvalidInputException(FieldProblem.of(REMOVE, "family.member.remove.inUse"));
        }
        courses.audit(AuditAction.DELETE, OBJECT_TYPE, memberId, course, "course " + courseId);
    }

    /** The kinds of registration that name the member, as message keys, in the order of the course page. */
    private List<String> registrationsNaming(UUID courseId, UUID memberId) {
        List<String> naming = new ArrayList<>();
        if (contacts.findByCourseIdOrderByContactedAt(courseId).stream()
                .anyMatch(c -> c.memberIds().contains(memberId))) {
            naming.add("family.member.remove.usedBy.contact");
        }
        if (!consents.findByCourseIdAndMemberId(courseId, memberId).isEmpty()) {
            naming.add("family.member.remove.usedBy.consent");
        }
        otherReferences.forEach(references -> naming.addAll(references.registrationsNaming(courseId, memberId)));
        return naming;
    }

    /** There is at most one closest relative (nærmeste pårørende) per course. */
    private void clearClosestRelative(UUID courseId, UUID except) {
        for (NetworkMember other : members.findByCourseIdOrderByCreatedAt(courseId)) {
            if (other.closestRelative() && !other.id().equals(except)) {
                other.notClosestRelative();
                readInTransaction.forget(courseId);
                members.save(other);
            }
        }
    }

    /**
     * «No relatives or network» and private members exclude each other. A private member while the
     * mark is set is refused rather than clearing the mark, because the mark takes the course out of
     * the relatives indicators and should only change when someone decides so.
     */
    private boolean noNetwork(UUID courseId) {
        return families.findById(courseId).map(CourseFamily::noNetwork).orElse(false);
    }

    private static void validate(MemberDetails details, boolean noNetwork) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.relation() == null) {
            problems.add(FieldProblem.of("relation", "family.member.relation.required"));
        } else if (noNetwork && details.relation().isRelative()) {
            problems.add(FieldProblem.of("relation", "family.member.noNetworkMarked"));
        }
        if (details.name() == null || details.name().isBlank()) {
            problems.add(FieldProblem.of("name", "family.member.name.required"));
        } else {
            FreeText.check(details.name(), "name", TEXT_MAX, problems);
        }
        FreeText.check(details.contact(), "contact", TEXT_MAX, problems);
        if (details.closestRelative() && details.relation() != null && !details.relation().isRelative()) {
            problems.add(FieldProblem.of("closestRelative", "family.member.closestRelative.private"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The ids of a course's members, for quick membership checks. */
    @Transactional(readOnly = true)
    public Set<UUID> memberIds(UUID courseId) {
        return members(courseId).stream().map(NetworkMemberView::id).collect(Collectors.toSet());
    }
}
