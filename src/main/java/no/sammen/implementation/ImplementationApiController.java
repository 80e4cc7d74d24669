package no.sammen.implementation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.organisation.UnitView;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Improvement teams and implementation plans", description = "A unit's improvement team (staff of the "
        + "unit with roles), its implementation plan (activities with dates, a responsible staff member of the unit "
        + "and a status; the implementation start the reports split charts at, kept by the organisation), and "
        + "training events with who signed up and attended and participant statistics by workplace, position and "
        + "profession. Attendance completes competence plan items that name the event's topic. For a leader or "
        + "coordinator of the unit; other units are 404. Every read and change is audited; bad input is 400 "
        + "Problem Details naming each field and stores nothing; a change at an old version is 409.")
class ImplementationApiController {

    private final ImplementationService service;

    ImplementationApiController(ImplementationService service) {
        this.service = service;
    }

    /** The team's members at the version read (-1 for a team never saved). */
    record TeamRequest(Long version, List<MemberRequest> members) {
    }

    record MemberRequest(UUID staffId, TeamRole role) {
    }

    /** An activity; {@code version} only when changing one. */
    record ActivityRequest(Long version, ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn,
            UUID responsibleStaffId, ActivityStatus status, String note) {

        ActivityDetails details() {
            return new ActivityDetails(kind, title, startsOn, endsOn, responsibleStaffId, status, note);
        }
    }

    /** The plan for a half-year, with the unit's implementation start and the unit's version to change it at. */
    record PlanResponse(UUID unitId, LocalDate implementationStart, long unitVersion, String halfYear,
            List<ActivityView> activities) {
    }

    /** The implementation start (null clears it) at the unit's version as read. */
    record StartRequest(Long unitVersion, LocalDate implementationStart) {
    }

    record StartResponse(UUID unitId, LocalDate implementationStart, long unitVersion) {
    }

    /** A training event; {@code version} only when changing one. Participants are staff of the caller's units. */
    record EventRequest(Long version, TrainingKind kind, TrainingTopic topic, String title, LocalDate heldOn,
            String place, String organiser, List<TrainingEvent.Participant> participants,
            List<TrainingEvent.External> externals) {

        EventDetails details() {
            return new EventDetails(kind, topic, title, heldOn, place, organiser, participants, externals);
        }
    }

    @Operation(summary = "The unit's improvement team")
    @GetMapping("/units/{unitId}/improvement-team")
    TeamView team(@PathVariable UUID unitId) {
        return service.team(unitId);
    }

    @Operation(summary = "Replace the team's members at the version read (-1 for a new team). 400 naming "
            + "members[i].staffId (not staff of the unit, or twice) or members[i].role")
    @PutMapping("/units/{unitId}/improvement-team")
    TeamView saveTeam(@PathVariable UUID unitId, @RequestBody TeamRequest request) {
        return service.saveTeam(unitId, version(request.version()), request.members() == null ? List.of()
                : request.members().stream().map(m -> m == null ? null : new ImprovementTeam.Member(m.staffId(),
                        m.role())).toList());
    }

    @Operation(summary = "The implementation plan: every activity of the unit, or those touching a half-year "
            + "(halfYear=2026-H1), earliest first")
    @GetMapping("/units/{unitId}/implementation-plan")
    PlanResponse plan(@PathVariable UUID unitId, @RequestParam(required = false) String halfYear) {
        if (halfYear == null) {
            List<ActivityView> all = service.activities(unitId);
            UnitView unit = service.unit(unitId);
            return new PlanResponse(unitId, unit.implementationStart(), unit.version(), null, all);
        }
        HalfYear half = HalfYear.parse(halfYear);
        if (half == null) {
            throw new InvalidInputException(FieldProblem.of("halfYear", "implementation.halfYear.invalid"));
        }
        ImplementationService.PlanView plan = service.plan(unitId, half);
        return new PlanResponse(unitId, plan.unit().implementationStart(), plan.unit().version(), half.code(),
                plan.activities());
    }

    @Operation(summary = "Move the unit's implementation start (the day the reports split their charts at; kept by "
            + "the organisation, audited there) at the unit's version as read; 409 when the unit changed since")
    @PutMapping("/units/{unitId}/implementation-start")
    StartResponse start(@PathVariable UUID unitId, @RequestBody StartRequest request) {
        if (request.unitVersion() == null) {
            throw new InvalidInputException(FieldProblem.of("unitVersion", "validation.version.required"));
        }
        UnitView unit = service.changeImplementationStart(unitId, request.unitVersion(),
                request.implementationStart());
        return new StartResponse(unit.id(), unit.implementationStart(), unit.version());
    }

    @Operation(summary = "Add an activity to the plan (201). 400 naming kind, title, startsOn, endsOn (before the "
            + "start), responsibleStaffId (not staff of the unit), status (done before it starts), note")
    @PostMapping("/units/{unitId}/implementation-plan/activities")
    ResponseEntity<ActivityView> planActivity(@PathVariable UUID unitId, @RequestBody ActivityRequest request) {
        ActivityView created = service.planActivity(unitId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/implementation-activities/" + created.id())).body(created);
    }

    @Operation(summary = "One activity of a plan")
    @GetMapping("/implementation-activities/{activityId}")
    ActivityView activity(@PathVariable UUID activityId) {
        return service.activity(activityId);
    }

    @Operation(summary = "Change an activity at the version read; the same problems as adding one")
    @PutMapping("/implementation-activities/{activityId}")
    ActivityView changeActivity(@PathVariable UUID activityId, @RequestBody ActivityRequest request) {
        return service.changeActivity(activityId, version(request.version()), request.details());
    }

    @Operation(summary = "The training events the unit organised, latest first, with their participants")
    @GetMapping("/units/{unitId}/training-events")
    List<EventView> events(@PathVariable UUID unitId) {
        return service.events(unitId);
    }

    @Operation(summary = "Register a training event (201). 400 naming kind, topic, title, heldOn, place, organiser, "
            + "participants[i].staffId (not staff of the caller's units, or twice), participants[i].attended "
            + "(attended without signing up, or before the day), externals[i].workplace, externals[i].signedUp, "
            + "externals[i].attended (more than signed up)")
    @PostMapping("/units/{unitId}/training-events")
    ResponseEntity<EventView> createEvent(@PathVariable UUID unitId, @RequestBody EventRequest request) {
        EventView created = service.createEvent(unitId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/training-events/" + created.id())).body(created);
    }

    @Operation(summary = "One training event with its participants and counts")
    @GetMapping("/training-events/{eventId}")
    EventView event(@PathVariable UUID eventId) {
        return service.event(eventId);
    }

    @Operation(summary = "Change a training event and its participants at the version read; the same problems as "
            + "registering one")
    @PutMapping("/training-events/{eventId}")
    EventView changeEvent(@PathVariable UUID eventId, @RequestBody EventRequest request) {
        return service.changeEvent(eventId, version(request.version()), request.details());
    }

    @Operation(summary = "Participant statistics of the unit's events held between from and to (both optional, "
            + "both included): signed up and attended by workplace, position and profession")
    @GetMapping("/units/{unitId}/training-events/statistics")
    ParticipantStatistics statistics(@PathVariable UUID unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(FieldProblem.of("to", "implementation.statistics.toBeforeFrom"));
        }
        return service.statistics(unitId, from, to);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "validation.version.required"));
        }
        return version;
    }
}
