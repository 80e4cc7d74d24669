package no.sammen.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import no.sammen.conversation.ConversationKind;
import no.sammen.conversation.ConversationService;
import no.sammen.conversation.ConversationView;
import no.sammen.conversation.CrisisPlanView;
import no.sammen.family.FamilyService;
import no.sammen.networkmeeting.MeetingStatus;
import no.sammen.networkmeeting.NetworkMeetingService;
import no.sammen.networkmeeting.NetworkMeetingView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.security.CurrentUserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what has been registered for a course from the modules that register it and applies the
 * {@link WorklistRules}. Reading goes through the courses the acting user may see.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    private static final Map<ConversationKind, WorkItemType> CONVERSATION_ITEMS = Map.of(
            ConversationKind.PATIENT, WorkItemType.CONVERSATION_PATIENT,
            ConversationKind.RELATIVES, WorkItemType.CONVERSATION_RELATIVES,
            ConversationKind.BOTH, WorkItemType.CONVERSATION_BOTH);

    private final CourseService courses;
    private final FamilyService family;
    private final ConversationService conversations;
    private final NetworkMeetingService meetings;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;
    private final WorklistRules rules;
    private final Clock clock;

    WorklistService(CourseService courses, FamilyService family, ConversationService conversations,
            NetworkMeetingService meetings, OrganisationService organisation, CurrentUserService currentUsers,
            WorklistProperties properties, Clock clock) {
        this.courses = courses;
        this.family = family;
        this.conversations = conversations;
        this.meetings = meetings;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
        this.rules = new WorklistRules(properties);
        this.clock = clock;
    }

    /** The work items of one course the user may see. */
    public List<WorkItem> items(CourseView course) {
        return rules.items(facts(course), LocalDate.now(clock));
    }

    /**
     * The open items of all active courses in the user's units (or one of them), overdue first, then
     * by due date. Listing the courses is audited like the course list.
     */
    @Transactional
    public List<UnitWorkItem> openItems(UUID unitId) {
        LocalDate today = LocalDate.now(clock);
        return courses.activeCourses(unitId, "worklist").stream()
                .flatMap(course -> rules.items(facts(course), today).stream()
                        .filter(WorkItem::open)
                        .map(item -> new UnitWorkItem(course, item)))
                .sorted(Comparator.comparing((UnitWorkItem w) -> w.item().status())
                        .thenComparing(w -> w.item().dueOn())
                        .thenComparing(w -> w.course().displayLabel()))
                .toList();
    }

    /** The units whose worklist the user may see. */
    public List<UnitView> myUnits() {
        return organisation.units(currentUsers.current().unitIds());
    }

    private CourseFacts facts(CourseView course) {
        UUID id = course.id();
        Map<WorkItemType, LocalDate> held = new EnumMap<>(WorkItemType.class);
        for (ConversationView conversation : conversations.conversations(id)) {
            held.merge(CONVERSATION_ITEMS.get(conversation.kind()), conversation.heldOn(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        LocalDate crisisPlan = conversations.crisisPlan(id).filter(CrisisPlanView::hasWarningSigns)
                .map(CrisisPlanView::madeOn).orElse(null);
        List<NetworkMeetingView> registered = meetings.meetings(id);
        LocalDate meetingDone = registered.stream()
                .map(m -> m.status() == MeetingStatus.HELD ? m.heldOn()
                        : m.status() == MeetingStatus.NOT_HELD ? m.invitedOn() : null)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        String notInvited = registered.stream().allMatch(m -> !m.invited()) && !registered.isEmpty()
                ? "networkmeeting.notInvitedReason." + registered.get(0).notInvitedReason() : null;
        return new CourseFacts(course.startDate(), course.endDate(), family.noNetwork(id),
                family.firstContact(id).map(c -> c.dateTime().toLocalDate()).orElse(null), held, crisisPlan,
                meetingDone, notInvited);
    }
}
