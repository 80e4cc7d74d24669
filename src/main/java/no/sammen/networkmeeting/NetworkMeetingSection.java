package no.sammen.networkmeeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.sammen.family.NetworkMemberView;
import no.sammen.family.NetworkService;
import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/**
 * The network meetings on the course page: each registration with its status, and a clear alert
 * when a course has ended with nothing registered, since the indicator then has a gap.
 */
@Component
class NetworkMeetingSection implements CourseSection {

    private final NetworkMeetingService meetings;
    private final NetworkService network;
    private final Clock clock;

    NetworkMeetingSection(NetworkMeetingService meetings, NetworkService network, Clock clock) {
        this.meetings = meetings;
        this.network = network;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "networkmeeting/section";
    }

    @Override
    public String fragment() {
        return "networkMeetings";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        List<NetworkMeetingView> registered = meetings.meetings(course.id());
        List<NetworkMemberView> members = network.members(course.id());
        LocalDate today = LocalDate.now(clock);
        List<MeetingRow> rows = registered.stream().map(m -> MeetingRow.of(m, members, null, today)).toList();
        return Map.of("courseId", course.id(), "rows", rows, "missingAtEnd", !course.active() && registered.isEmpty());
    }
}
