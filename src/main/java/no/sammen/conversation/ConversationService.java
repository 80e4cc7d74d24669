package no.sammen.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.family.NetworkMemberView;
import no.sammen.family.Relation;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.CourseStaff;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The basic conversations of a course. Every change, and every read made for a page or an API
 * answer, is written to the audit log in the same transaction; {@link #conversations(UUID)} is for
 * the course page section, which is itself audited, and audits nothing.
 */
@Service
@Transactional
class ConversationService {

    static final String CONVERSATION = "basic_conversation";

    private final BasicConversationRepository conversations;
    private final CourseRegistrations courses;
    private final ConversationNetwork network;
    private final ConversationPhrases phrases;
    private final Clock clock;
    private final CourseStaff staff;

    ConversationService(BasicConversationRepository conversations, CourseRegistrations courses,
            ConversationNetwork network, ConversationPhrases phrases, Clock clock, CourseStaff staff) {
        this.staff = staff;
        this.conversations = conversations;
        this.courses = courses;
        this.network = network;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** A course's conversations, oldest first. Not audited: for summaries on an audited page. */
    @Transactional(readOnly = true)
    List<ConversationView> conversations(UUID courseId) {
        courses.toRead(courseId);
        return views(courseId, conversations.findByCourseIdOrderByHeldOnAscCreatedAtAsc(courseId));
    }

    /** A course's conversations, oldest first, read for a page or an API answer: audited. */
    List<ConversationView> readConversations(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        List<ConversationView> found = views(courseId,
                conversations.findByCourseIdOrderByHeldOnAscCreatedAtAsc(courseId));
        courses.audit(AuditAction.LIST, CONVERSATION, null, course, "course " + courseId);
        return found;
    }

    /** One conversation of a course, read for a page or an API answer: audited. */
    ConversationView readConversation(UUID courseId, UUID conversationId) {
        CourseView course = courses.toRead(courseId);
        BasicConversation conversation = load(courseId, conversationId);
        courses.audit(AuditAction.READ, CONVERSATION, conversationId, course, "course " + courseId);
        return view(conversation, network.members(courseId));
    }

    ConversationView register(UUID courseId, ConversationDetails details) {
        CourseView course = courses.toChange(courseId);
        details = validate(course, details);
        BasicConversation saved = conversations.save(BasicConversation.held(courseId, details, clock.instant()));
        courses.audit(AuditAction.CREATE, CONVERSATION, saved.id(), course, "course " + courseId + " " + details.kind());
        return view(saved, network.members(courseId));
    }

    /** Changes a conversation; {@code version} is the one the user read. */
    ConversationView change(UUID courseId, UUID conversationId, long version, ConversationDetails details) {
        CourseView course = courses.toChange(courseId);
        BasicConversation conversation = load(courseId, conversationId);
        Registrations.checkVersion(conversation.version(), version, CONVERSATION);
        details = validate(course, details);
        conversation.change(details, clock.instant());
        BasicConversation saved = Registrations.save(() -> conversations.save(conversation), CONVERSATION);
        courses.audit(AuditAction.UPDATE, CONVERSATION, conversationId, course,
                "course " + courseId + " " + details.kind());
        return view(saved, network.members(courseId));
    }

    /** The journal text of a conversation; it never holds a name, a note or a national id. */
    String phrase(ConversationView conversation, WrittenStandard standard) {
        return phrases.conversation(conversation, standard);
    }

    /** Validates; a conversation held by a staff member of the unit carries that member's name as its text. */
    private ConversationDetails validate(CourseView course, ConversationDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        ConversationDetails checked = details;
        details = staff.named(course, details.staffId(), "staffId", problems)
                .map(member -> checked.heldBy(member.fullName())).orElse(details);
        List<Relation> relations = null;
        try {
            relations = network.require(course.id(), details.participantIds(), "participantIds").stream()
                    .map(NetworkMemberView::relation).toList();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(ConversationRules.conversation(details, relations, course.startDate(), course.endDate(),
                courses.today()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    private BasicConversation load(UUID courseId, UUID conversationId) {
        return Registrations.ofCourse(conversations.findById(conversationId), courseId, BasicConversation::courseId,
                CONVERSATION);
    }

    private List<ConversationView> views(UUID courseId, List<BasicConversation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, NetworkMemberView> members = network.members(courseId);
        return found.stream().map(c -> view(c, members)).toList();
    }

    private static ConversationView view(BasicConversation c, Map<UUID, NetworkMemberView> members) {
        return new ConversationView(c.id(), c.courseId(), c.kind(), c.heldOn(),
                ConversationNetwork.participants(c.participantIds(), members), c.staff(),
                c.topics().stream().sorted().toList(), c.note(), c.followUpOn(), c.version(), c.staffId());
    }
}
