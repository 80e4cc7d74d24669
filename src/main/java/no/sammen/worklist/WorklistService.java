package no.sammen.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.conversation.ConversationFacts;
import no.sammen.conversation.ConversationFactsService;
import no.sammen.conversation.ConversationKind;
import no.sammen.family.FamilyFacts;
import no.sammen.family.FamilyFactsService;
import no.sammen.networkmeeting.MeetingFacts;
import no.sammen.networkmeeting.MeetingFactsService;
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
    private final FamilyFactsService family;
    private final ConversationFactsService conversations;
    private final MeetingFactsService meetings;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;
    private final WorklistRules rules;
    private final Clock clock;

    WorklistService(CourseService courses, FamilyFactsService family, ConversationFactsService conversations,
            MeetingFactsService meetings, OrganisationService organisation, CurrentUserService currentUsers,
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
     * by due date: the courses in one query and each module's facts of all of them in one or two
     * more, whatever their number. Not audited: the caller logs the courses it shows with
     * {@link #shown}.
     */
    public List<UnitWorkItem> openItems(UUID unitId) {
        LocalDate today = LocalDate.now(clock);
        List<CourseView> active = courses.activeCourses(unitId);
        List<UUID> ids = active.stream().map(CourseView::id).toList();
        Map<UUID, FamilyFacts> familyFacts = family.of(ids);
        Map<UUID, ConversationFacts> conversationFacts = conversations.of(ids);
        Map<UUID, MeetingFacts> meetingFacts = meetings.of(ids);
        return active.stream()
                .flatMap(course -> rules.items(facts(course, familyFacts.getOrDefault(course.id(), FamilyFacts.NONE),
                                conversationFacts.getOrDefault(course.id(), ConversationFacts.NONE),
                                meetingFacts.get(course.id())), today).stream()
                        .filter(WorkItem::open)
                        .map(item -> new UnitWorkItem(course, item)))
                .sorted(Comparator.comparing((UnitWorkItem w) -> w.item().status())
                        .thenComparing(w -> w.item().dueOn())
                        .thenComparing(w -> w.course().displayLabel()))
                .toList();
    }

    /** Writes to the log that the courses of these items were shown, each course once. */
    @Transactional
    public void shown(List<UnitWorkItem> items) {
        courses.shown(items.stream().map(UnitWorkItem::course).distinct().toList(), "worklist");
    }

    /** The units whose worklist the user may see. */
    public List<UnitView> myUnits() {
        return organisation.units(currentUsers.current().unitIds());
    }

    private CourseFacts facts(CourseView course) {
        List<UUID> id = List.of(course.id());
        return facts(course, family.of(id).getOrDefault(course.id(), FamilyFacts.NONE),
                conversations.of(id).getOrDefault(course.id(), ConversationFacts.NONE),
                meetings.of(id).get(course.id()));
    }

    private static CourseFacts facts(CourseView course, FamilyFacts family, ConversationFacts conversations,
            MeetingFacts meeting) {
        Map<WorkItemType, LocalDate> held = new EnumMap<>(WorkItemType.class);
        conversations.firstHeld().forEach((kind, on) -> held.put(CONVERSATION_ITEMS.get(kind), on));
        return new CourseFacts(course.startDate(), course.endDate(), family.noNetwork(), family.firstContactOn(),
                held, conversations.crisisPlanMadeOn(), meeting == null ? null : meeting.doneOn(),
                meeting == null || meeting.notInvitedReason() == null ? null
                        : "networkmeeting.notInvitedReason." + meeting.notInvitedReason());
    }
}
