package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One network meeting registration of a course, as pages, the API and other modules (the worklist,
 * the indicators) see it. Fields that do not apply are null (or empty lists): a meeting that was not
 * invited has no status; only a held meeting has a place. {@code staffId} is the staff member of the
 * unit who leads or takes part in the meeting, {@code staffName} their name.
 */
public record NetworkMeetingView(UUID id, UUID courseId, boolean invited, LocalDate invitedOn, List<UUID> inviteeIds,
        NotInvitedReason notInvitedReason, String notInvitedText, MeetingStatus status, LocalDate plannedOn,
        LocalDate heldOn, MeetingPlace place, String placeText, List<UUID> attendeeIds, NotHeldReason notHeldReason,
        String notHeldText, long version, UUID staffId, String staffName) {

    public NetworkMeetingView {
        inviteeIds = List.copyOf(inviteeIds);
        attendeeIds = List.copyOf(attendeeIds);
    }

    /** A registration that names no staff member. */
    public NetworkMeetingView(UUID id, UUID courseId, boolean invited, LocalDate invitedOn, List<UUID> inviteeIds,
            NotInvitedReason notInvitedReason, String notInvitedText, MeetingStatus status, LocalDate plannedOn,
            LocalDate heldOn, MeetingPlace place, String placeText, List<UUID> attendeeIds,
            NotHeldReason notHeldReason, String notHeldText, long version) {
        this(id, courseId, invited, invitedOn, inviteeIds, notInvitedReason, notInvitedText, status, plannedOn,
                heldOn, place, placeText, attendeeIds, notHeldReason, notHeldText, version, null, null);
    }

    public boolean held() {
        return status == MeetingStatus.HELD;
    }

}
