package no.sammen.imr;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.Versions;
import no.sammen.shared.WrittenStandard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/courses/{courseId}/imr")
@Tag(name = "IMR", description = "Illness Management and Recovery on a course: the IMR course (format, one or two "
        + "therapists, start and end, the modules chosen in order), the user's own goals with every wording kept, "
        + "the sessions held with their journal phrase, and referrals to an IMR group at another unit. Module ids "
        + "are those of GET /api/v1/imr/curriculum. Limited to the caller's units; every read and change is audited.")
class ImrApiController {

    private final ImrService imr;
    private final ImrPhrases phrases;

    ImrApiController(ImrService imr, ImrPhrases phrases) {
        this.imr = imr;
        this.phrases = phrases;
    }

    /**
     * Everything of IMR on the course; {@code imrCourse} is null before IMR has started. {@code groupSessions}
     * are the IMR group sessions the user came to; {@code received} the referrals the course was taken in by.
     */
    record ImrResponse(ImrCourseView imrCourse, List<ImrGoalView> goals, List<ImrSessionView> sessions,
            List<ImrReferralView> referrals, List<ImrGroupSessionView> groupSessions, List<ImrReferralView> received) {
    }

    /**
     * The IMR course; {@code version} is left out (or null) to start it, and is the version read to
     * change it. {@code moduleIds} in the order the user chose, the unit's compulsory module first.
     */
    record CourseRequest(Long version, ImrFormat format, LocalDate startDate, LocalDate endDate,
            LocalDate nextSessionOn, List<UUID> therapistIds, List<String> moduleIds) {

        ImrCourseRegistration registration() {
            return new ImrCourseRegistration(format, startDate, endDate, nextSessionOn, therapistIds, moduleIds);
        }
    }

    /** A goal in the user's own words; {@code version} only to change one. */
    record GoalRequest(Long version, LocalDate setOn, String goal, String steps) {

        ImrGoalRegistration registration() {
            return new ImrGoalRegistration(setOn, goal, steps);
        }
    }

    /**
     * A session; {@code format} INDIVIDUAL (or left out); {@code goalId} and {@code goalNote} together
     * note the user's progress on a goal; {@code nextSessionOn} plans the next session.
     */
    record SessionRequest(Long version, LocalDate heldOn, ImrFormat format, Shift shift, List<UUID> therapistIds, String moduleId,
            Integer part, Boolean homeworkChosen, Boolean attended, UUID goalId, String goalNote,
            LocalDate nextSessionOn) {

        ImrSessionRegistration registration() {
            return new ImrSessionRegistration(heldOn, format, shift, therapistIds, moduleId, part, homeworkChosen,
                    attended, goalId, goalNote, nextSessionOn);
        }
    }

    /** A referral to an IMR group at another unit. */
    record ReferralRequest(UUID toUnitId, LocalDate referredOn, String note) {
    }

    /** A journal phrase and the written standard it is in. */
    record Phrase(WrittenStandard standard, String text) {
    }

    @Operation(summary = "The course's IMR: the IMR course, goals, sessions (latest first) and referrals")
    @GetMapping
    ImrResponse get(@PathVariable UUID courseId) {
        ImrService.Overview o = imr.read(courseId);
        return new ImrResponse(o.imr(), o.goals(), o.sessions(), o.referrals(), o.groupSessions(), o.received());
    }

    @Operation(summary = "Start the IMR course (no version) or change it (the version read)")
    @PutMapping
    ImrCourseView save(@PathVariable UUID courseId, @RequestBody CourseRequest request) {
        return imr.save(courseId, request.version(), request.registration());
    }

    @Operation(summary = "Register a goal in the user's own words")
    @PostMapping("/goals")
    ResponseEntity<ImrGoalView> registerGoal(@PathVariable UUID courseId, @RequestBody GoalRequest request) {
        ImrGoalView created = imr.registerGoal(courseId, request.registration());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/imr/goals/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One goal as it stands")
    @GetMapping("/goals/{goalId}")
    ImrGoalView goal(@PathVariable UUID courseId, @PathVariable UUID goalId) {
        return imr.readGoal(courseId, goalId);
    }

    @Operation(summary = "A new wording of a goal, keeping the earlier ones; send the version you read")
    @PutMapping("/goals/{goalId}")
    ImrGoalView changeGoal(@PathVariable UUID courseId, @PathVariable UUID goalId, @RequestBody GoalRequest request) {
        return imr.changeGoal(courseId, goalId, Versions.required(request.version()), request.registration());
    }

    @Operation(summary = "Every wording of a goal, the latest first")
    @GetMapping("/goals/{goalId}/history")
    List<ImrGoalRevisionView> goalHistory(@PathVariable UUID courseId, @PathVariable UUID goalId) {
        return imr.goalHistory(courseId, goalId);
    }

    @Operation(summary = "Register a session held with the user")
    @PostMapping("/sessions")
    ResponseEntity<ImrSessionView> registerSession(@PathVariable UUID courseId, @RequestBody SessionRequest request) {
        ImrSessionView created = imr.registerSession(courseId, request.registration());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/imr/sessions/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One session")
    @GetMapping("/sessions/{sessionId}")
    ImrSessionView session(@PathVariable UUID courseId, @PathVariable UUID sessionId) {
        return imr.readSession(courseId, sessionId);
    }

    @Operation(summary = "Change an individual session; send the version you read (409 when it has changed since)")
    @PutMapping("/sessions/{sessionId}")
    ImrSessionView changeSession(@PathVariable UUID courseId, @PathVariable UUID sessionId,
            @RequestBody SessionRequest request) {
        return imr.changeSession(courseId, sessionId, Versions.required(request.version()), request.registration());
    }

    @Operation(summary = "Delete an individual session with the progress noted at it, at the version you read "
            + "(409 when it has changed since)")
    @DeleteMapping("/sessions/{sessionId}")
    ResponseEntity<Void> deleteSession(@PathVariable UUID courseId, @PathVariable UUID sessionId,
            @RequestParam(required = false) Long version) {
        imr.deleteSession(courseId, sessionId, Versions.required(version));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The session's journal phrase in bokmål or nynorsk, naming the module")
    @GetMapping("/sessions/{sessionId}/phrase")
    Phrase phrase(@PathVariable UUID courseId, @PathVariable UUID sessionId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        return new Phrase(standard, phrases.phrase(imr.readSession(courseId, sessionId), standard));
    }

    @Operation(summary = "Refer the user to an IMR group at another unit, carrying the modules done and the goals")
    @PostMapping("/referrals")
    ResponseEntity<ImrReferralView> refer(@PathVariable UUID courseId, @RequestBody ReferralRequest request) {
        ImrReferralView created = imr.refer(courseId, request.toUnitId(), request.referredOn(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/imr")).body(created);
    }
}
