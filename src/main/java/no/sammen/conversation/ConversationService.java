package no.sammen.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.family.NetworkMemberView;
import no.sammen.family.NetworkService;
import no.sammen.family.Relation;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.WrittenStandard;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The basic conversations and the crisis plan of a course. Reached only through a course the user
 * may see ({@link CourseService#accessible}); every change, and every read made for a page or an
 * API answer, is written to the audit log in the same transaction.
 *
 * <p>{@link #conversations(UUID)} and {@link #crisisPlan(UUID)} are for other modules that show a
 * summary on a page that is itself audited (the course page, a worklist); they audit nothing.
 */
@Service
@Transactional
public class ConversationService {

    static final String CONVERSATION = "basic_conversation";
    static final String CRISIS_PLAN = "crisis_plan";

    private final BasicConversationRepository conversations;
    private final CrisisPlanRepository plans;
    private final CourseService courses;
    private final NetworkService network;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final ConversationPhrases phrases;
    private final Clock clock;

    ConversationService(BasicConversationRepository conversations, CrisisPlanRepository plans, CourseService courses,
            NetworkService network, OrganisationService organisation, AuditService audit, ConversationPhrases phrases,
            Clock clock) {
        this.conversations = conversations;
        this.plans = plans;
        this.courses = courses;
        this.network = network;
        this.organisation = organisation;
        this.audit = audit;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** A course's conversations, oldest first. Not audited: for summaries on an audited page. */
    @Transactional(readOnly = true)
    public List<ConversationView> conversations(UUID courseId) {
        courses.accessible(courseId, false);
        return views(courseId, conversations.findByCourseIdOrderByHeldOnAscCreatedAtAsc(courseId));
    }

    /** A course's crisis plan, if one is made. Not audited: for summaries on an audited page. */
    @Transactional(readOnly = true)
    public Optional<CrisisPlanView> crisisPlan(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        return plans.findByCourseId(courseId).map(plan -> view(plan, course, members(courseId)));
    }

    /** A course's conversations, oldest first, read for a page or an API answer: audited. */
    public List<ConversationView> readConversations(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        List<ConversationView> found = views(courseId, conversations.findByCourseIdOrderByHeldOnAscCreatedAtAsc(courseId));
        audit.record(new AuditRecord(AuditAction.LIST, CONVERSATION, null, course.unitId(), course.patientKey(),
                "course " + courseId));
        return found;
    }

    /** One conversation of a course, read for a page or an API answer: audited. */
    public ConversationView readConversation(UUID courseId, UUID conversationId) {
        CourseView course = courses.accessible(courseId, false);
        BasicConversation conversation = load(courseId, conversationId);
        audit.record(new AuditRecord(AuditAction.READ, CONVERSATION, conversationId.toString(), course.unitId(),
                course.patientKey(), "course " + courseId));
        return view(conversation, members(courseId));
    }

    /** The crisis plan of a course, read for a page or an API answer: audited. */
    public Optional<CrisisPlanView> readCrisisPlan(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        Optional<CrisisPlanView> plan = plans.findByCourseId(courseId)
                .map(p -> view(p, course, members(courseId)));
        audit.record(new AuditRecord(AuditAction.READ, CRISIS_PLAN, plan.map(p -> p.id().toString()).orElse(null),
                course.unitId(), course.patientKey(), "course " + courseId));
        return plan;
    }

    public ConversationView register(UUID courseId, ConversationDetails details) {
        CourseView course = courses.accessible(courseId, true);
        validate(course, details);
        BasicConversation saved = conversations.save(BasicConversation.held(courseId, details, clock.instant()));
        audit.record(new AuditRecord(AuditAction.CREATE, CONVERSATION, saved.id().toString(), course.unitId(),
                course.patientKey(), "course " + courseId + " " + details.kind()));
        return view(saved, members(courseId));
    }

    /** Changes a conversation; {@code version} is the one the user read. */
    public ConversationView change(UUID courseId, UUID conversationId, long version, ConversationDetails details) {
        CourseView course = courses.accessible(courseId, true);
        BasicConversation conversation = load(courseId, conversationId);
        if (conversation.version() != version) {
            throw new ConcurrentEditException(CONVERSATION);
        }
        validate(course, details);
        conversation.change(details, clock.instant());
        try {
            BasicConversation saved = conversations.save(conversation);
            audit.record(new AuditRecord(AuditAction.UPDATE, CONVERSATION, conversationId.toString(),
                    course.unitId(), course.patientKey(), "course " + courseId + " " + details.kind()));
            return view(saved, members(courseId));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(CONVERSATION);
        }
    }

    /**
     * Makes the course's crisis plan ({@code version} null) or changes it ({@code version} the one
     * the user read). Making one when another user has just made it is a concurrent edit.
     */
    public CrisisPlanView saveCrisisPlan(UUID courseId, Long version, CrisisPlanDetails details) {
        CourseView course = courses.accessible(courseId, true);
        Optional<CrisisPlan> existing = plans.findByCourseId(courseId);
        if (existing.isPresent() != (version != null)
                || existing.isPresent() && existing.get().version().longValue() != version) {
            throw new ConcurrentEditException(CRISIS_PLAN);
        }
        List<FieldProblem> problems = new ArrayList<>();
        try {
            network.requireMembers(courseId, details.madeWithMemberIds(), "madeWithMemberIds");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(ConversationRules.crisisPlan(details, course.startDate(), course.endDate(), today()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CrisisPlan plan = existing.orElse(null);
        if (plan == null) {
            plan = CrisisPlan.made(courseId, details, clock.instant());
        } else {
            plan.change(details, clock.instant());
        }
        try {
            CrisisPlan saved = plans.save(plan);
            audit.record(new AuditRecord(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, CRISIS_PLAN,
                    saved.id().toString(), course.unitId(), course.patientKey(), "course " + courseId));
            return view(saved, course, members(courseId));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentEditException(CRISIS_PLAN);
        }
    }

    /** The journal text of a conversation; it never holds a name, a note or a national id. */
    public String phrase(ConversationView conversation, WrittenStandard standard) {
        return phrases.conversation(conversation, standard);
    }

    /** The journal text of a crisis plan. */
    public String phrase(CrisisPlanView plan, WrittenStandard standard) {
        return phrases.crisisPlan(plan, standard);
    }

    /** The course, for a page of this module; the page audits what it reads. */
    @Transactional(readOnly = true)
    CourseView course(UUID courseId, boolean forChange) {
        return courses.accessible(courseId, forChange);
    }

    /** The network map to choose participants from, for a form: an audited read. */
    List<NetworkMemberView> networkForForm(UUID courseId) {
        CourseView course = courses.accessible(courseId, true);
        List<NetworkMemberView> members = network.members(courseId);
        audit.record(new AuditRecord(AuditAction.LIST, "network_member", null, course.unitId(), course.patientKey(),
                "course " + courseId + " for a conversation or crisis plan form"));
        return members;
    }

    private void validate(CourseView course, ConversationDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Relation> relations = null;
        try {
            relations = network.requireMembers(course.id(), details.participantIds(), "participantIds").stream()
                    .map(NetworkMemberView::relation).toList();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(ConversationRules.conversation(details, relations, course.startDate(), course.endDate(),
                today()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private BasicConversation load(UUID courseId, UUID conversationId) {
        return conversations.findById(conversationId).filter(c -> c.courseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException(CONVERSATION));
    }

    private Map<UUID, NetworkMemberView> members(UUID courseId) {
        return network.members(courseId).stream()
                .collect(Collectors.toMap(NetworkMemberView::id, Function.identity()));
    }

    private List<ConversationView> views(UUID courseId, List<BasicConversation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, NetworkMemberView> members = members(courseId);
        return found.stream().map(c -> view(c, members)).toList();
    }

    private static ConversationView view(BasicConversation c, Map<UUID, NetworkMemberView> members) {
        return new ConversationView(c.id(), c.courseId(), c.kind(), c.heldOn(), participants(c.participantIds(), members),
                c.staff(), c.topics().stream().sorted().toList(), c.note(), c.followUpOn(), c.version());
    }

    private CrisisPlanView view(CrisisPlan p, CourseView course, Map<UUID, NetworkMemberView> members) {
        Optional<UnitView> unit = organisation.unit(course.unitId());
        List<PhoneContact> whomToCall = List.of(
                new PhoneContact(ContactKind.UNIT, unit.map(UnitView::name).orElse(course.unitName()),
                        unit.map(UnitView::phone).filter(phone -> !phone.isBlank()).orElse(null)),
                new PhoneContact(ContactKind.PRIMARY_CARE_EMERGENCY, null, PhoneContact.PRIMARY_CARE_EMERGENCY_NUMBER),
                new PhoneContact(ContactKind.EMERGENCY, null, PhoneContact.EMERGENCY_NUMBER));
        return new CrisisPlanView(p.id(), p.courseId(), p.warningSigns(), p.patientActions(), p.relativeActions(),
                whomToCall, p.otherContacts(), participants(p.madeWithMemberIds(), members), p.madeWithOther(),
                p.madeOn(), p.reviseOn(), p.version());
    }

    /** In the order of the network map: private members first, then by relation. */
    private static List<NetworkParticipant> participants(Set<UUID> ids, Map<UUID, NetworkMemberView> members) {
        return ids.stream().map(members::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(NetworkMemberView::relation).thenComparing(NetworkMemberView::name))
                .map(m -> new NetworkParticipant(m.id(), m.relation(), m.name())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
