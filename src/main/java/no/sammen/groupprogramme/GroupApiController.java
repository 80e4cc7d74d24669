package no.sammen.groupprogramme;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.Versions;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Group programmes", description = "Groups of PEF (single- and multi-family) and IMR with leaders, "
        + "members (a course, and in PEF the family members taking part from its network map) and sessions with "
        + "attendance; staff qualifications and supervision. A user sees only members whose courses are in their "
        + "own units; the unit's coordinators and leaders manage groups; every read of members and every change "
        + "is audited.")
class GroupApiController {

    private final GroupService groups;
    private final StaffService staff;
    private final GroupProgrammes queries;

    GroupApiController(GroupService groups, StaffService staff, GroupProgrammes queries) {
        this.groups = groups;
        this.staff = staff;
        this.queries = queries;
    }

    /** A group, new or changed; {@code version} only on a change. */
    record GroupRequest(Long version, UUID unitId, Programme programme, GroupKind kind, String name, String schedule,
            LocalDate startsOn, LocalDate plannedEndOn, GroupPhase phase, GroupStatus status, Set<UUID> leaderIds,
            String coLeaders) {

        GroupDetails details() {
            return new GroupDetails(kind, name, schedule, startsOn, plannedEndOn, phase, status, leaderIds,
                    coLeaders);
        }
    }

    record MemberRequest(UUID courseId, LocalDate joinedOn, Set<UUID> relativeIds) {
    }

    record RelativesRequest(Set<UUID> relativeIds) {
    }

    /**
     * A session; {@code version} only on a change. IMR groups also give {@code shift}, {@code moduleId}
     * (ids of GET /api/v1/imr/curriculum), perhaps {@code part}, the {@code leaderIds} who held it and the
     * patients who chose homework ({@code homeworkCourseIds}, of those who came).
     */
    record SessionRequest(Long version, LocalDate heldOn, LocalTime startsAt, String note, GroupPhase phase,
            Set<UUID> patientCourseIds, Set<UUID> relativeIds, SessionShift shift, String moduleId, Integer part,
            Set<UUID> leaderIds, Set<UUID> homeworkCourseIds) {

        SessionRegistration registration() {
            return new SessionRegistration(heldOn, startsAt, note, phase, patientCourseIds, relativeIds, shift,
                    moduleId, part, leaderIds, homeworkCourseIds);
        }
    }

    /** A qualification, new or changed; {@code version} only on a change, where {@code userId} is not read. */
    record QualificationRequest(Long version, UUID userId, QualificationKind kind, LocalDate qualifiedOn,
            LocalDate validUntil) {

        QualificationDetails details() {
            return new QualificationDetails(userId, kind, qualifiedOn, validUntil);
        }
    }

    /** A supervision session, new or changed; {@code version} only on a change. */
    record SupervisionRequest(Long version, Programme programme, LocalDate heldOn, UUID supervisorId,
            String supervisorName, UUID groupId, Set<UUID> attendeeIds, String note) {

        SupervisionDetails details() {
            return new SupervisionDetails(programme, heldOn, supervisorId, supervisorName, groupId,
                    SessionRegistration.ids(attendeeIds), note);
        }
    }

    @Operation(summary = "The unit's groups of a programme, with the members you may see")
    @GetMapping("/api/v1/groups")
    List<GroupView> list(@RequestParam UUID unitId, @RequestParam Programme programme) {
        return groups.readOfUnit(unitId, programme);
    }

    @Operation(summary = "Start a group of a unit (its coordinator or leader)")
    @PostMapping("/api/v1/groups")
    ResponseEntity<GroupView> create(@RequestBody GroupRequest request) {
        if (request.programme() == null) {
            throw new InvalidInputException(FieldProblem.of("programme", "groupprogramme.programme.required"));
        }
        GroupView created = groups.create(request.unitId(), request.programme(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + created.id())).body(created);
    }

    @Operation(summary = "A group with the members you may see")
    @GetMapping("/api/v1/groups/{groupId}")
    GroupView get(@PathVariable UUID groupId) {
        return groups.read(groupId);
    }

    @Operation(summary = "Change a group (name, schedule, dates, phase, status, leaders); send the version you read")
    @PutMapping("/api/v1/groups/{groupId}")
    GroupView change(@PathVariable UUID groupId, @RequestBody GroupRequest request) {
        return groups.change(groupId, Versions.required(request.version()), request.details());
    }

    @Operation(summary = "Add a course to the group, with (PEF) the family members from its network map taking part")
    @PostMapping("/api/v1/groups/{groupId}/members")
    GroupView addMember(@PathVariable UUID groupId, @RequestBody MemberRequest request) {
        return groups.addMember(groupId, request.courseId(), request.joinedOn(),
                SessionRegistration.ids(request.relativeIds()));
    }

    @Operation(summary = "Change which family members of a course take part")
    @PutMapping("/api/v1/groups/{groupId}/members/{courseId}")
    GroupView changeRelatives(@PathVariable UUID groupId, @PathVariable UUID courseId,
            @RequestBody RelativesRequest request) {
        return groups.changeRelatives(groupId, courseId, SessionRegistration.ids(request.relativeIds()));
    }

    @Operation(summary = "Take a course out of the group; its attendance stays")
    @DeleteMapping("/api/v1/groups/{groupId}/members/{courseId}")
    GroupView removeMember(@PathVariable UUID groupId, @PathVariable UUID courseId) {
        return groups.removeMember(groupId, courseId);
    }

    @Operation(summary = "The group's sessions, newest first, with the attendance you may see")
    @GetMapping("/api/v1/groups/{groupId}/sessions")
    List<SessionView> sessions(@PathVariable UUID groupId) {
        return groups.sessions(groupId);
    }

    @Operation(summary = "Register a session, planned (no attendance) or held (with who came)")
    @PostMapping("/api/v1/groups/{groupId}/sessions")
    ResponseEntity<SessionView> registerSession(@PathVariable UUID groupId, @RequestBody SessionRequest request) {
        SessionView created = groups.registerSession(groupId, request.registration());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + groupId + "/sessions/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One session with the attendance you may see")
    @GetMapping("/api/v1/groups/{groupId}/sessions/{sessionId}")
    SessionView session(@PathVariable UUID groupId, @PathVariable UUID sessionId) {
        return groups.readSession(groupId, sessionId);
    }

    @Operation(summary = "Change a session; send the version you read (409 when it has changed since). The "
            + "attendance of members you may not see stays, and then so does the day")
    @PutMapping("/api/v1/groups/{groupId}/sessions/{sessionId}")
    SessionView changeSession(@PathVariable UUID groupId, @PathVariable UUID sessionId,
            @RequestBody SessionRequest request) {
        return groups.changeSession(groupId, sessionId, Versions.required(request.version()), request.registration());
    }

    @Operation(summary = "Delete a session with its attendance, at the version you read (409 when it has changed "
            + "since); refused while members you may not see came to it")
    @DeleteMapping("/api/v1/groups/{groupId}/sessions/{sessionId}")
    ResponseEntity<Void> deleteSession(@PathVariable UUID groupId, @PathVariable UUID sessionId,
            @RequestParam(required = false) Long version) {
        groups.deleteSession(groupId, sessionId, Versions.required(version));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The unit's staff qualifications (trained PEF group leaders, certified IMR therapists, "
            + "supervisors), newest first; anyone of the unit who reads its courses")
    @GetMapping("/api/v1/units/{unitId}/qualifications")
    List<QualificationView> qualifications(@PathVariable UUID unitId) {
        return queries.qualifications(unitId);
    }

    @Operation(summary = "Register a staff member's qualification (the unit's coordinator or leader); the day not "
            + "in the future, valid-until (optional) not before it. Publishes StaffQualified")
    @PostMapping("/api/v1/units/{unitId}/qualifications")
    ResponseEntity<QualificationView> qualify(@PathVariable UUID unitId, @RequestBody QualificationRequest request) {
        QualificationView created = staff.qualify(unitId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unitId + "/qualifications/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Change a qualification's kind or dates (e.g. the day it was valid until); the staff "
            + "member stays. Send the version you read")
    @PutMapping("/api/v1/units/{unitId}/qualifications/{qualificationId}")
    QualificationView changeQualification(@PathVariable UUID unitId, @PathVariable UUID qualificationId,
            @RequestBody QualificationRequest request) {
        return staff.changeQualification(unitId, qualificationId, Versions.required(request.version()),
                request.details());
    }

    @Operation(summary = "Withdraw a qualification registered by mistake (it is removed; the audit log keeps it). "
            + "Send the version you read")
    @DeleteMapping("/api/v1/units/{unitId}/qualifications/{qualificationId}")
    ResponseEntity<Void> withdrawQualification(@PathVariable UUID unitId, @PathVariable UUID qualificationId,
            @RequestParam(required = false) Long version) {
        staff.withdrawQualification(unitId, qualificationId, Versions.required(version));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The unit's supervision sessions, newest first")
    @GetMapping("/api/v1/units/{unitId}/supervisions")
    List<SupervisionView> supervisions(@PathVariable UUID unitId) {
        return queries.supervisions(unitId);
    }

    @Operation(summary = "Register a supervision session (the unit's coordinator or leader): the day (not in the "
            + "future), the supervisor (supervisorId: a qualified supervisor of the programme, or supervisorName: "
            + "one from outside), the group or the therapists (attendeeIds), a short note. Publishes SupervisionHeld")
    @PostMapping("/api/v1/units/{unitId}/supervisions")
    ResponseEntity<SupervisionView> supervise(@PathVariable UUID unitId, @RequestBody SupervisionRequest request) {
        SupervisionView created = staff.supervise(unitId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unitId + "/supervisions/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Change a supervision session; send the version you read")
    @PutMapping("/api/v1/units/{unitId}/supervisions/{supervisionId}")
    SupervisionView changeSupervision(@PathVariable UUID unitId, @PathVariable UUID supervisionId,
            @RequestBody SupervisionRequest request) {
        return staff.changeSupervision(unitId, supervisionId, Versions.required(request.version()),
                request.details());
    }

    @Operation(summary = "Delete a supervision session registered by mistake (the audit log keeps it); send the "
            + "version you read")
    @DeleteMapping("/api/v1/units/{unitId}/supervisions/{supervisionId}")
    ResponseEntity<Void> deleteSupervision(@PathVariable UUID unitId, @PathVariable UUID supervisionId,
            @RequestParam(required = false) Long version) {
        staff.deleteSupervision(unitId, supervisionId, Versions.required(version));
        return ResponseEntity.noContent().build();
    }
}
