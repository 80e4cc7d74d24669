package no.sammen.networkmeeting;

import java.util.Optional;

import no.sammen.patient.CourseEndReminder;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/**
 * Ending a course asks whether a network meeting was invited and, if not, why, so that the network
 * meeting indicator has no gaps.
 */
@Component
class NetworkMeetingEndReminder implements CourseEndReminder {

    private final NetworkMeetingService meetings;

    NetworkMeetingEndReminder(NetworkMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<Reminder> reminder(CourseView course) {
        return meetings.hasRegistration(course.id()) ? Optional.empty()
                : Optional.of(new Reminder("networkmeeting.endReminder",
                        "/courses/" + course.id() + "/network-meetings/at-end"));
    }
}
