package no.sammen.networkmeeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.family.NetworkService;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
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
public class NetworkMeetingService {

    static final String OBJECT_TYPE = "network_meeting";

    private final NetworkMeetingRepository meetings;
    private final CourseService courses;
    private final NetworkService network;
    private final AuditService audit;
    private final Clock clock;

    NetworkMeetingService(NetworkMeetingRepository meetings, CourseService courses, NetworkService network,
            AuditService audit, Clock clock) {
        this.meetings = meetings;
        this.courses = courses;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** The course's network meeting registrations in the order they were made. Not audited. */
    @Transactional(readOnly = true)
    public List<NetworkMeetingView> meetings(UUID courseId) {
        courses.accessible(courseId, false);
        return meetings.findByCourseIdOrderByCreatedAt(courseId).stream().map(NetworkMeeting::toView).toList();
    }

    /**
     * Whether anything is registered about network meetings in the course, invited or not: what the
     * indicator needs of a course that ends. Not audited.
     */
    @Transactional(readOnly = true)
    public boolean hasRegistration(UUID courseId) {
        courses.accessible(courseId, false);
        return meetings.existsByCourseId(courseId);
    }

    public NetworkMeetingView register(UUID courseId, MeetingRegistration registration) {
        CourseView course = courses.accessible(courseId, true);
        validate(course, registration);
        NetworkMeeting saved = meetings.save(NetworkMeeting.register(courseId, registration, clock.instant()));
        audit.record(new AuditRecord(AuditAction.CREATE, OBJECT_TYPE, saved.id().toString(), course.unitId(),
                course.patientKey(), summary(courseId, saved.toView())));
        return saved.toView();
    }

    /** Changes a registration, e.g. from planned to held; {@code version} is the one that was read. */
    public NetworkMeetingView change(UUID courseId, UUID meetingId, long version, MeetingRegistration registration) {
        CourseView course = courses.accessible(courseId, true);
        NetworkMeeting meeting = find(courseId, meetingId);
        if (meeting.version() != version) {
            throw new ConcurrentEditException(OBJECT_TYPE);
        }
        validate(course, registration);
        meeting.change(registration, clock.instant());
        try {
            NetworkMeeting saved = meetings.save(meeting);
            audit.record(new AuditRecord(AuditAction.UPDATE, OBJECT_TYPE, meetingId.toString(), course.unitId(),
                    course.patientKey(), summary(courseId, saved.toView())));
            return saved.toView();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(OBJECT_TYPE);
        }
    }

    /** The course's registrations for this module's pages and API: an audited read. */
    List<NetworkMeetingView> read(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        List<NetworkMeetingView> found = meetings.findByCourseIdOrderByCreatedAt(courseId).stream()
                .map(NetworkMeeting::toView).toList();
        audit.record(new AuditRecord(AuditAction.LIST, OBJECT_TYPE, null, course.unitId(), course.patientKey(),
                "course " + courseId + ", " + found.size() + " registration(s)"));
        return found;
    }

    /** One registration for this module's pages and API: an audited read. */
    NetworkMeetingView read(UUID courseId, UUID meetingId) {
        CourseView course = courses.accessible(courseId, false);
        NetworkMeetingView found = find(courseId, meetingId).toView();
        audit.record(new AuditRecord(AuditAction.READ, OBJECT_TYPE, meetingId.toString(), course.unitId(),
                course.patientKey(), "course " + courseId));
        return found;
    }

    private NetworkMeeting find(UUID courseId, UUID meetingId) {
        return meetings.findById(meetingId).filter(m -> m.courseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
    }

    /** All problems at once: the rules, then whether the invitees and attendees are in this course's network. */
    private void validate(CourseView course, MeetingRegistration registration) {
        List<FieldProblem> problems = new ArrayList<>(
                MeetingRules.check(registration, course.startDate(), course.endDate(), LocalDate.now(clock)));
        MeetingRegistration relevant = MeetingRules.relevant(registration);
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
