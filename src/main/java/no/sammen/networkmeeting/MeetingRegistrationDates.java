package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/**
 * The days the network was invited and meetings were held, for a move of a course's dates. A planned
 * day is not something done and may lie after the end.
 */
@Component
class MeetingRegistrationDates implements CourseRegistrationDates {

    private final NetworkMeetingRepository meetings;

    MeetingRegistrationDates(NetworkMeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        List<Dated> dated = new ArrayList<>();
        for (NetworkMeeting meeting : meetings.findByCourseIdOrderByCreatedAt(courseId)) {
            NetworkMeetingView m = meeting.toView();
            if (m.invitedOn() != null) {
                dated.add(new Dated("networkmeeting.dated.invited", m.invitedOn()));
            }
            if (m.heldOn() != null) {
                dated.add(new Dated("networkmeeting.dated.held", m.heldOn()));
            }
        }
        return CourseDates.outside(dated, start, end);
    }
}
