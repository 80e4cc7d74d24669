package no.sammen.networkmeeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.family.NetworkService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.CourseStaff;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network meetings of a course (seed 004's process indicator): registered, changed and read only
 * through a course the acting user may see or change. Changes and the reads of this module's own
 * pages and API are audited in the same transaction; {@link #meetings} and {@link #hasRegistration}
 * are for other modules and course page sections, which audit what they show themselves.
 */
@Service
@Transactional
class NetworkMeetingService {

    static final String OBJECT_TYPE = "network_meeting";

    private final NetworkMeetingRepository meetings;
    private final CourseRegistrations courses;
    private final NetworkService network;
    private final CourseStaff staff;
    private final Clock clock;

    NetworkMeetingService(NetworkMeetingRepository meetings, CourseRegistrations courses, NetworkService network,
            CourseStaff staff, Clock clock) {
        this.staff = staff;
        this.meetings = meetings;
        this.courses = courses;
        this.network = network;
        this.clock = clock;
    }

    /** The course's network meeting registrations in the order they were made. Not audited. */
    @Transactional(readOnly = true)
    List<NetworkMeetingView> meetings(UUID courseId) {
        courses.toRead(courseId);
        return views(meetings.findByCourseIdOrderByCreatedAt(courseId));
    }

    /**
     * Whether anything is registered about network meetings in the course, invited or not: what the
     * indicator needs of a course that ends. Not audited.
     */
    @Transactional(readOnly = true)
    boolean hasRegistration(UUID courseId) {
        courses.toRead(courseId);
        return meetings.existsByCourseId(courseId);
    }

    NetworkMeetingView register(UUID courseId, MeetingRegistration registration) {
        CourseView course = courses.toChange(courseId);
        validate(course, registration);
        NetworkMeeting saved = meetings.save(NetworkMeeting.register(courseId, registration, clock.instant()));
        courses.audit(AuditAction.CREATE, OBJECT_TYPE, saved.id(), course, summary(courseId, saved.toView()));
        return view(saved);
    }

    /** Changes a registration, e.g. from planned to held; {@code version} is the one that was read. */
    NetworkMeetingView change(UUID courseId, UUID meetingId, long version, MeetingRegistration registration) {
        CourseView course = courses.toChange(courseId);
        NetworkMeeting meeting = find(courseId, meetingId);
        Registrations.checkVersion(meeting.version(), version, OBJECT_TYPE);
        validate(course, registration);
        meeting.change(registration, clock.instant());
        NetworkMeeting saved = Registrations.save(() -> meetings.save(meeting), OBJECT_TYPE);
        courses.audit(AuditAction.UPDATE, OBJECT_TYPE, meetingId, course, summary(courseId, saved.toView()));
        return view(saved);
    }

    /** The course's registrations for this module's pages and API: an audited read. */
    List<NetworkMeetingView> read(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        List<NetworkMeetingView> found = views(meetings.findByCourseIdOrderByCreatedAt(courseId));
        courses.audit(AuditAction.LIST, OBJECT_TYPE, null, course,
                "course " + courseId + ", " + found.size() + " registration(s)");
        return found;
    }

    /** One registration for this module's pages and API: an audited read. */
    NetworkMeetingView read(UUID courseId, UUID meetingId) {
        CourseView course = courses.toRead(courseId);
        NetworkMeetingView found = view(find(courseId, meetingId));
        courses.audit(AuditAction.READ, OBJECT_TYPE, meetingId, course, "course " + courseId);
        return found;
    }

    private NetworkMeetingView view(NetworkMeeting meeting) {
        return views(List.of(meeting)).get(0);
    }

    private List<NetworkMeetingView> views(List<NetworkMeeting> found) {
        Map<UUID, String> names = staff.names(found.stream().map(NetworkMeeting::staffId).toList());
        return found.stream().map(m -> m.toView(names.get(m.staffId()))).toList();
    }

    private NetworkMeeting find(UUID courseId, UUID meetingId) {
        return Registrations.ofCourse(meetings.findById(meetingId), courseId, NetworkMeeting::courseId, OBJECT_TYPE);
    }

    /**
     * All problems at once: the rules, whether the invitees and attendees are in this course's network, and
     * whether the staff member named is of the course's unit.
     */
    private void validate(CourseView course, MeetingRegistration registration) {
        List<FieldProblem> problems = new ArrayList<>(
                MeetingRules.check(registration, course.startDate(), course.endDate(), courses.today()));
        MeetingRegistration relevant = MeetingRules.relevant(registration);
        staff.named(course, relevant.staffId(), "staffId", problems);
        requireMembers(course.id(), relevant.inviteeIds(), "invitees", problems);
        if (!relevant.attendeeIds().equals(relevant.inviteeIds())) {
            requireMembers(course.id(), relevant.attendeeIds(), "attendees", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireMembers(UUID courseId, Set<UUID> ids, String field, List<FieldProblem> problems) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            network.requireMembers(courseId, new HashSet<>(ids), field);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    /** What the audit log says about a registration: its shape, never its free text. */
    private static String summary(UUID courseId, NetworkMeetingView m) {
        return "course " + courseId + ", " + (m.invited() ? "invited, " + m.status() : "not invited, "
                + m.notInvitedReason());
    }
}
