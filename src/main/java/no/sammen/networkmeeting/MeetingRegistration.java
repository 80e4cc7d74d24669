package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a clinician registers about one network meeting, new or changed. Only the fields that the
 * answers make relevant are kept: a registration of a network not invited keeps its reason and text, an invited
 * one its date, invitees and status, and then only the fields of that status.
 *
 * @param invited     whether the network was invited; required
 * @param inviteeIds  network members invited (at least one when invited)
 * @param attendeeIds network members who came to a held meeting; empty means the invitees
 * @param staffId     the staff member of the course's unit who leads or takes part in an invited meeting, if
 *                    one is named
 */
public record MeetingRegistration(Boolean invited, LocalDate invitedOn, Set<UUID> inviteeIds,
        NotInvitedReason notInvitedReason, String notInvitedText, MeetingStatus status, LocalDate plannedOn,
        LocalDate heldOn, MeetingPlace place, String placeText, Set<UUID> attendeeIds,
        NotHeldReason notHeldReason, String notHeldText, UUID staffId) {

    public MeetingRegistration {
        inviteeIds = ids(inviteeIds);
        attendeeIds = ids(attendeeIds);
    }

    /** A registration that names no staff member. */
    public MeetingRegistration(Boolean invited, LocalDate invitedOn, Set<UUID> inviteeIds,
            NotInvitedReason notInvitedReason, String notInvitedText, MeetingStatus status, LocalDate plannedOn,
            LocalDate heldOn, MeetingPlace place, String placeText, Set<UUID> attendeeIds,
            NotHeldReason notHeldReason, String notHeldText) {
        this(invited, invitedOn, inviteeIds, notInvitedReason, notInvitedText, status, plannedOn, heldOn, place,
                placeText, attendeeIds, notHeldReason, notHeldText, null);
    }

    private static Set<UUID> ids(Set<UUID> ids) {
        return ids == null ? Set.of()
                : ids.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A network not invited, for the reason given. */
    public static MeetingRegistration notInvited(NotInvitedReason reason, String text) {
        return new MeetingRegistration(false, null, Set.of(), reason, text, null, null, null, null, null, Set.of(),
                null, null);
    }
}
