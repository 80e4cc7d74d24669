package no.sammen.pef;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.family.NetworkService;
import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.SessionView;
import no.sammen.patient.CourseView;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;
import no.sammen.shared.WrittenStandard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "PEF", description = "Psychoeducational family work: recruitment per course (with its history), the "
        + "unit's recruitment list, the PEF board and the journal phrase of a session. Limited to the caller's "
        + "units; every read of person-level data and every change is audited.")
class PefApiController {

    private final PefService pef;
    private final GroupProgrammes groups;
    private final NetworkService network;
    private final PefPhrases phrases;

    PefApiController(PefService pef, GroupProgrammes groups, NetworkService network, PefPhrases phrases) {
        this.pef = pef;
        this.groups = groups;
        this.network = network;
        this.phrases = phrases;
    }

    /** A new recruitment state; {@code stateOn} for an offer, acceptance or decline; a reason for a decline or «not relevant». */
    record RecruitmentRequest(RecruitmentState state, LocalDate stateOn, String reason) {
    }

    record Phrase(WrittenStandard standard, String text) {
    }

    @Operation(summary = "The course's PEF recruitment states, newest (in force) first")
    @GetMapping("/api/v1/courses/{courseId}/pef/recruitment")
    List<RecruitmentView> history(@PathVariable UUID courseId) {
        return pef.history(courseId);
    }

    @Operation(summary = "Register a recruitment state (offered, accepted, declined, not relevant, not considered)")
    @PostMapping("/api/v1/courses/{courseId}/pef/recruitment")
    ResponseEntity<RecruitmentView> register(@PathVariable UUID courseId, @RequestBody RecruitmentRequest request) {
        RecruitmentView saved = pef.register(courseId, request.state(), request.stateOn(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/pef/recruitment")).body(saved);
    }

    @Operation(summary = "The journal phrase of a PEF session the course's patient or family took part in")
    @GetMapping("/api/v1/courses/{courseId}/pef/sessions/{sessionId}/phrase")
    Phrase phrase(@PathVariable UUID courseId, @PathVariable UUID sessionId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        pef.history(courseId);
        SessionView session = groups.sessionsAttendedBy(courseId).stream().filter(s -> s.id().equals(sessionId))
                .findFirst().orElseThrow(() -> new NotFoundException("programme_session"));
        GroupView group = groups.groupsOfCourse(courseId).stream().filter(g -> g.id().equals(session.groupId()))
                .findFirst().orElseThrow(() -> new NotFoundException("programme_session"));
        return new Phrase(standard, phrases.phrase(session, group, courseId, network.members(courseId), standard));
    }

    @Operation(summary = "The unit's psychosis courses active some weeks and not yet offered PEF, longest active first")
    @GetMapping("/api/v1/units/{unitId}/pef/recruitment-list")
    PageOf<CourseView> recruitmentList(@PathVariable UUID unitId, @RequestParam(defaultValue = "0") int page) {
        return pef.recruitmentList(unitId, page);
    }

    @Operation(summary = "The unit's PEF board: running and planned groups, families waiting, leaders, share in PEF")
    @GetMapping("/api/v1/units/{unitId}/pef/board")
    PefBoard board(@PathVariable UUID unitId) {
        return pef.board(unitId);
    }
}
