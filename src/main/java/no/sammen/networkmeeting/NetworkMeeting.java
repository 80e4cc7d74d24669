package no.sammen.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One network meeting registration of a course. It holds only what {@link MeetingRules#relevant}
 * leaves of a registration, so that a meeting that was not invited never carries a stale place.
 */
@Table("network_meeting")
class NetworkMeeting {

    @Id
    private final UUID id;
    private final UUID courseId;
    private boolean invited;
    private LocalDate invitedOn;
    private NotInvitedReason notInvitedReason;
    private String notInvitedText;
    private MeetingStatus status;
    private LocalDate plannedOn;
    private LocalDate heldOn;
    private MeetingPlace place;
    private String placeText;
    private NotHeldReason notHeldReason;
    private String notHeldText;
    private UUID staffId;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Invitee> invitees;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Attendee> attendees;
    private final Instant createdAt;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    NetworkMeeting(UUID id, UUID courseId, boolean invited, LocalDate invitedOn, NotInvitedReason notInvitedReason,
            String notInvitedText, MeetingStatus status, LocalDate plannedOn, LocalDate heldOn, MeetingPlace place,
            String placeText, NotHeldReason notHeldReason, String notHeldText, UUID staffId, Set<Invitee> invitees,
            Set<Attendee> attendees, Instant createdAt, Instant changedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.invited = invited;
        this.invitedOn = invitedOn;
        this.notInvitedReason = notInvitedReason;
        this.notInvitedText = notInvitedText;
        this.status = status;
        this.plannedOn = plannedOn;
        this.heldOn = heldOn;
        this.place = place;
        this.placeText = placeText;
        this.notHeldReason = notHeldReason;
        this.notHeldText = notHeldText;
        this.staffId = staffId;
        this.invitees = new HashSet<>(invitees == null ? Set.of() : invitees);
        this.attendees = new HashSet<>(attendees == null ? Set.of() : attendees);
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** A new registration; {@code registration} has already passed {@link MeetingRules}. */
    static NetworkMeeting register(UUID courseId, MeetingRegistration registration, Instant now) {
        NetworkMeeting meeting = new NetworkMeeting(UUID.randomUUID(), courseId, false, null, null, null, null, null,
                null, null, null, null, null, null, Set.of(), Set.of(), now, now, null);
        meeting.change(registration, now);
        return meeting;
    }

    /** Takes over a registration that has passed {@link MeetingRules}; a change of status is one of these. */
    void change(MeetingRegistration registration, Instant now) {
        MeetingRegistration r = MeetingRules.relevant(registration);
        this.invited = Boolean.TRUE.equals(r.invited());
        this.invitedOn = r.invitedOn();
        this.notInvitedReason = r.notInvitedReason();
        this.notInvitedText = r.notInvitedText();
        this.status = r.status();
        this.plannedOn = r.plannedOn();
        this.heldOn = r.heldOn();
        this.place = r.place();
        this.placeText = r.placeText();
        this.notHeldReason = r.notHeldReason();
        this.notHeldText = r.notHeldText();
        this.staffId = r.staffId();
        this.invitees = r.inviteeIds().stream().map(Invitee::new).collect(Collectors.toCollection(HashSet::new));
        this.attendees = r.attendeeIds().stream().map(Attendee::new).collect(Collectors.toCollection(HashSet::new));
        this.changedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    Long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Whether the member was invited to the meeting or came to it. */
    boolean names(UUID memberId) {
        return invitees.contains(new Invitee(memberId)) || attendees.contains(new Attendee(memberId));
    }

    UUID staffId() {
        return staffId;
    }

    /** The registration without its staff member's name: for uses that show no one. */
    NetworkMeetingView toView() {
        return toView(null);
    }

    /** The registration, with the name of the staff member it names (null: none, or not looked up). */
    NetworkMeetingView toView(String staffName) {
        return new NetworkMeetingView(id, courseId, invited, invitedOn,
                invitees.stream().map(Invitee::memberId).sorted(Comparator.naturalOrder()).toList(), notInvitedReason,
                notInvitedText, status, plannedOn, heldOn, place, placeText,
                attendees.stream().map(Attendee::memberId).sorted(Comparator.naturalOrder()).toList(), notHeldReason,
                notHeldText, version == null ? 0 : version, staffId, staffName);
    }

    @Table("network_meeting_invitee")
    record Invitee(UUID memberId) {
    }

    @Table("network_meeting_attendee")
    record Attendee(UUID memberId) {
    }
}
