package no.sammen.guideline;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.WrittenStandard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/courses/{courseId}/guideline-checklist")
@Tag(name = "Guideline checklist", description = "The recommendations of the psychosis guideline that apply to a "
        + "course, each measure with its state (not yet considered, offered, started, declined by the patient, not "
        + "relevant, not available at this unit) and its history: every registration is kept, the latest decides. "
        + "Family collaboration is answered from the family registrations. Limited to the caller's units; every "
        + "read and change is audited.")
class ChecklistApiController {

    private final ChecklistService checklists;
    private final ChecklistPhrases phrases;

    ChecklistApiController(ChecklistService checklists, ChecklistPhrases phrases) {
        this.checklists = checklists;
        this.phrases = phrases;
    }

    /**
     * A new state of one recommendation. {@code version} is the {@code version} of the recommendation
     * as read (0 or left out when nothing is registered yet); {@code on} is the day it was offered,
     * started, declined or found unavailable; {@code reason} is required for NOT_RELEVANT, optional for
     * DECLINED and dropped for the others. NOT_AVAILABLE only where the course's unit lacks the offer.
     */
    record ChecklistRequest(Integer version, ChecklistState state, LocalDate on, String reason) {
    }

    /** A journal phrase and the written standard it is in. */
    record Phrase(WrittenStandard standard, String text) {
    }

    @Operation(summary = "The course's checklist: every recommendation that applies to it, in catalog order, with "
            + "its current state and history (newest first)")
    @GetMapping
    ChecklistView list(@PathVariable UUID courseId) {
        return checklists.read(courseId);
    }

    @Operation(summary = "The checklist's journal phrase in bokmål or nynorsk")
    @GetMapping("/phrase")
    Phrase phrase(@PathVariable UUID courseId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        return new Phrase(standard, phrases.phrase(checklists.read(courseId), standard));
    }

    @Operation(summary = "One recommendation of the course's checklist, with its history")
    @GetMapping("/{recommendationId}")
    ChecklistItem get(@PathVariable UUID courseId, @PathVariable String recommendationId) {
        return checklists.read(courseId, recommendationId);
    }

    @Operation(summary = "Register a new state of a recommendation on the course (a new row of its history); send "
            + "the version you read")
    @PostMapping("/{recommendationId}")
    ResponseEntity<ChecklistEntryView> register(@PathVariable UUID courseId, @PathVariable String recommendationId,
            @RequestBody ChecklistRequest request) {
        ChecklistEntryView created = checklists.register(courseId, recommendationId, request.version(),
                new ChecklistRegistration(request.state(), request.on(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/guideline-checklist/"
                + recommendationId)).body(created);
    }
}
