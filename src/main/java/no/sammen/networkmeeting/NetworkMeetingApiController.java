package no.sammen.networkmeeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.family.NetworkService;
import no.sammen.shared.Versions;
import no.sammen.shared.WrittenStandard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/courses/{courseId}/network-meetings")
@Tag(name = "Network meetings", description = "Network meetings of a course as a process indicator: invited or "
        + "not (and why not), whom (members of the course's network map), and planned, held (when, where) or not "
        + "held (and why not). Limited to the caller's units; every read and change is audited.")
class NetworkMeetingApiController {

    private final NetworkMeetingService meetings;
    private final NetworkService network;
    private final MeetingPhrases phrases;

    NetworkMeetingApiController(NetworkMeetingService meetings, NetworkService network, MeetingPhrases phrases) {
        this.meetings = meetings;
        this.network = network;
        this.phrases = phrases;
    }

    /**
     * A registration, new or changed. Only the fields the answers make relevant are kept; the others
     * may be left out. {@code invitees} and {@code attendees} are ids of the course's network members;
     * no attendees on a held meeting means the invitees came. {@code staffId} is the staff member of the
     * course's unit who leads or takes part in an invited meeting.
     */
    record MeetingRequest(Long version, Boolean invited, LocalDate invitedOn, Set<UUID> invitees,
            NotInvitedReason notInvitedReason, String notInvitedText, MeetingStatus status, LocalDate plannedOn,
            LocalDate heldOn, MeetingPlace place, String placeText, Set<UUID> attendees, NotHeldReason notHeldReason,
            String notHeldText, UUID staffId) {

        MeetingRegistration registration() {
            return new MeetingRegistration(invited, invitedOn, invitees, notInvitedReason, notInvitedText, status,
                    plannedOn, heldOn, place, placeText, attendees, notHeldReason, notHeldText, staffId);
        }
    }

    /** A journal phrase and the written standard it is in. */
    record Phrase(WrittenStandard standard, String text) {
    }

    @Operation(summary = "The course's network meeting registrations, oldest first")
    @GetMapping
    List<NetworkMeetingView> list(@PathVariable UUID courseId) {
        return meetings.read(courseId);
    }

    @Operation(summary = "Register a network meeting, or that the network was not invited and why")
    @PostMapping
    ResponseEntity<NetworkMeetingView> register(@PathVariable UUID courseId, @RequestBody MeetingRequest request) {
        NetworkMeetingView created = meetings.register(courseId, request.registration());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/network-meetings/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One network meeting registration")
    @GetMapping("/{meetingId}")
    NetworkMeetingView get(@PathVariable UUID courseId, @PathVariable UUID meetingId) {
        return meetings.read(courseId, meetingId);
    }

    @Operation(summary = "Change a registration, e.g. from planned to held; send the version you read")
    @PutMapping("/{meetingId}")
    NetworkMeetingView change(@PathVariable UUID courseId, @PathVariable UUID meetingId,
            @RequestBody MeetingRequest request) {
        return meetings.change(courseId, meetingId, Versions.required(request.version()), request.registration());
    }

    @Operation(summary = "The registration's journal phrase in bokmål or nynorsk")
    @GetMapping("/{meetingId}/phrase")
    Phrase phrase(@PathVariable UUID courseId, @PathVariable UUID meetingId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        NetworkMeetingView meeting = meetings.read(courseId, meetingId);
        return new Phrase(standard, phrases.phrase(meeting, network.members(courseId), standard));
    }
}
