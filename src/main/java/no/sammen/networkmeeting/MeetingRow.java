package no.sammen.networkmeeting;

import java.util.List;

import no.sammen.family.NetworkMemberView;

/** A registration ready for a page: who was invited and who came, and its journal phrase. */
record MeetingRow(NetworkMeetingView meeting, List<NetworkMemberView> invitees, List<NetworkMemberView> attendees,
        String phrase, boolean planPassed) {

    /** When the meeting was held or is planned; null for one not held or not invited. */
    public java.time.LocalDate meetingDate() {
        return meeting.heldOn() != null ? meeting.heldOn() : meeting.plannedOn();
    }

    static MeetingRow of(NetworkMeetingView meeting, List<NetworkMemberView> network, String phrase,
            java.time.LocalDate today) {
        return new MeetingRow(meeting,
                network.stream().filter(m -> meeting.inviteeIds().contains(m.id())).toList(),
                network.stream().filter(m -> meeting.attendeeIds().contains(m.id())).toList(),
                phrase,
                meeting.status() == MeetingStatus.PLANNED && meeting.plannedOn() != null
                        && meeting.plannedOn().isBefore(today));
    }
}
