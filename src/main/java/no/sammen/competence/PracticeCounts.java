package no.sammen.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.conversation.ConversationKind;
import no.sammen.conversation.HeldConversations;
import no.sammen.family.ContactChannel;
import no.sammen.family.ContactsMade;
import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.Programme;
import no.sammen.groupprogramme.QualificationKind;
import no.sammen.groupprogramme.SessionView;
import no.sammen.imr.ImrSessionsHeld;
import no.sammen.networkmeeting.MeetingsTakenPart;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What staff members did, from the registrations that name them: basic conversations, contacts with
 * relatives and network meetings name the staff member; IMR sessions, groups, supervision and
 * qualifications name a user account, which an administrator has linked to the staff member. Only kinds
 * and days are read, never a course.
 */
@Component
class PracticeCounts {

    private final HeldConversations conversations;
    private final ContactsMade contacts;
    private final MeetingsTakenPart meetings;
    private final ImrSessionsHeld imrSessions;
    private final GroupProgrammes groups;
    private final OrganisationService organisation;
    private final Clock clock;

    PracticeCounts(HeldConversations conversations, ContactsMade contacts, MeetingsTakenPart meetings,
            ImrSessionsHeld imrSessions, GroupProgrammes groups, OrganisationService organisation, Clock clock) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.meetings = meetings;
        this.imrSessions = imrSessions;
        this.groups = groups;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Each staff member's evidence, oldest first; a staff member without any is left out. */
    Map<UUID, List<Evidence>> of(Collection<StaffView> staff) {
        Map<UUID, List<Evidence>> found = new HashMap<>();
        if (staff.isEmpty()) {
            return found;
        }
        Set<UUID> staffIds = staff.stream().map(StaffView::id).collect(Collectors.toSet());
        for (HeldConversations.Held held : conversations.heldBy(staffIds)) {
            add(found, held.staffId(), new Evidence(source(held.kind()), held.conversationId(), held.heldOn()));
        }
        // a letter is an attempt at contact, not a contact (ADR 0021)
        contacts.madeBy(staffIds).stream().filter(c -> c.channel() != ContactChannel.LETTER).forEach(c -> add(found,
                c.staffId(), new Evidence(PracticeSource.RELATIVES_CONTACTED, c.contactId(), c.madeOn())));
        meetings.takenPartBy(staffIds).forEach(m -> add(found, m.staffId(),
                new Evidence(PracticeSource.NETWORK_MEETING_TAKEN_PART, m.meetingId(), m.heldOn())));
        Map<UUID, UUID> staffOfUser = new HashMap<>();
        organisation.usersOfStaff(staffIds).forEach((staffId, userId) -> staffOfUser.put(userId, staffId));
        if (!staffOfUser.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            imrSessions.heldBy(staffOfUser.keySet()).stream().filter(s -> !s.heldOn().isAfter(today))
                    .forEach(s -> add(found, staffOfUser.get(s.userId()),
                            new Evidence(PracticeSource.IMR_SESSION_HELD, s.sessionId(), s.heldOn())));
            for (UUID unitId : staff.stream().map(StaffView::unitId).collect(Collectors.toSet())) {
                fromGroups(unitId, staffOfUser, found);
            }
        }
        found.values().forEach(list -> list.sort(java.util.Comparator.comparing(Evidence::on)));
        return found;
    }

    /** Qualifications, supervision and sessions led in the unit; nothing when the user does not belong to it. */
    private void fromGroups(UUID unitId, Map<UUID, UUID> staffOfUser, Map<UUID, List<Evidence>> found) {
        LocalDate today = LocalDate.now(clock);
        try {
            groups.qualifications(unitId).forEach(q -> {
                PracticeSource source = q.kind() == QualificationKind.PEF_GROUP_LEADER
                        ? PracticeSource.PEF_GROUP_LEADER_QUALIFIED
                        : q.kind() == QualificationKind.IMR_THERAPIST ? PracticeSource.IMR_THERAPIST_QUALIFIED : null;
                if (source != null && staffOfUser.containsKey(q.userId()) && !q.qualifiedOn().isAfter(today)) {
                    add(found, staffOfUser.get(q.userId()), new Evidence(source, q.id(), q.qualifiedOn()));
                }
            });
            groups.supervisions(unitId).stream().filter(s -> s.programme() == Programme.PEF)
                    .filter(s -> !s.heldOn().isAfter(today))
                    .forEach(s -> s.attendeeIds().stream().filter(staffOfUser::containsKey).forEach(user -> add(found,
                            staffOfUser.get(user), new Evidence(PracticeSource.PEF_SUPERVISION, s.id(), s.heldOn()))));
            List<GroupView> pef = groups.groupsOfUnit(unitId, Programme.PEF);
            Map<UUID, GroupView> byId = pef.stream().collect(Collectors.toMap(GroupView::id, g -> g));
            groups.sessionsOf(pef).stream().filter(s -> !s.heldOn().isAfter(today)).forEach(s -> byId.get(s.groupId())
                    .leaderIds().stream().filter(staffOfUser::containsKey).forEach(user -> add(found,
                            staffOfUser.get(user), new Evidence(PracticeSource.PEF_SESSION_LED, s.id(), s.heldOn()))));
            // an IMR group session names the leaders who held it; one without names was held by the group's leaders
            List<GroupView> imr = groups.groupsOfUnit(unitId, Programme.IMR);
            Map<UUID, GroupView> imrById = imr.stream().collect(Collectors.toMap(GroupView::id, g -> g));
            groups.sessionsOf(imr).stream().filter(SessionView::attendanceRegistered)
                    .filter(s -> !s.heldOn().isAfter(today))
                    .forEach(s -> (s.leaderIds().isEmpty() ? imrById.get(s.groupId()).leaderIds() : s.leaderIds())
                            .stream().filter(staffOfUser::containsKey).forEach(user -> add(found, staffOfUser.get(user),
                                    new Evidence(PracticeSource.IMR_SESSION_HELD, s.id(), s.heldOn()))));
        } catch (NotFoundException notInUnit) {
            // a user outside the unit sees no group registrations of it
        }
    }

    static PracticeSource source(ConversationKind kind) {
        return switch (kind) {
            case PATIENT -> PracticeSource.CONVERSATION_PATIENT;
            case RELATIVES -> PracticeSource.CONVERSATION_RELATIVES;
            case BOTH -> PracticeSource.CONVERSATION_BOTH;
        };
    }

    private static void add(Map<UUID, List<Evidence>> found, UUID staffId, Evidence evidence) {
        found.computeIfAbsent(staffId, k -> new ArrayList<>()).add(evidence);
    }
}
