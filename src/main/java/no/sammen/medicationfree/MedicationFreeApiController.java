package no.sammen.medicationfree;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.sammen.patient.Pathway;
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
@RequestMapping("/api/v1/courses/{courseId}/medication-free")
@Tag(name = "Medication-free pathway", description = "Eligibility assessments for the medication-free pathway "
        + "(medikamentfritt behandlingsforløp): the six criteria of the Helse Vest programme, each answered yes or "
        + "no on a day by the clinician (psychosis and voluntary care are read from the course). Every assessment "
        + "is kept; when all criteria are met the course's pathway becomes MEDICATION_FREE. Limited to the "
        + "caller's units; every read and change is audited.")
class MedicationFreeApiController {

    private final MedicationFreeService service;
    private final MedicationFreePhrases phrases;

    MedicationFreeApiController(MedicationFreeService service, MedicationFreePhrases phrases) {
        this.service = service;
        this.phrases = phrases;
    }

    /**
     * An assessment. {@code courseVersion} is the version of the course read (a course changed since is a
     * conflict); the four answers are true (met) or false (not met) and all required.
     */
    record AssessmentRequest(Long courseVersion, LocalDate assessedOn, Boolean wantsNonMedication,
            Boolean professionallySound, Boolean capacityToConsent, Boolean noRisk, String note) {

        AssessmentAnswers answers() {
            return new AssessmentAnswers(courseVersion, assessedOn, wantsNonMedication, professionallySound,
                    capacityToConsent, noRisk, note);
        }
    }

    /** The course's pathway now, its assessments and its changes, oldest first. */
    record PathwayState(UUID courseId, Pathway pathway, List<AssessmentView> assessments,
            List<PathwayChangeView> changes) {
    }

    /** A journal phrase and the written standard it is in. */
    record Phrase(WrittenStandard standard, String text) {
    }

    @Operation(summary = "The course's pathway with its eligibility assessments and changes, oldest first")
    @GetMapping
    PathwayState state(@PathVariable UUID courseId) {
        MedicationFreeService.History history = service.read(courseId);
        return new PathwayState(courseId, history.course().pathway(), history.assessments(), history.changes());
    }

    @Operation(summary = "Assess eligibility for the medication-free pathway; all criteria met chooses it (201). "
            + "A criterion not met refuses the pathway: 400 Problem Details naming each unmet criterion as the field "
            + "(psychosis, voluntary, wantsNonMedication, professionallySound, capacityToConsent, noRisk), while the "
            + "assessment itself is recorded and listed. A course already on the pathway returns to the ordinary "
            + "one when a new assessment is not met")
    @PostMapping("/assessments")
    ResponseEntity<AssessmentView> assess(@PathVariable UUID courseId, @RequestBody AssessmentRequest request) {
        AssessmentView created = service.assess(courseId, request.answers());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/medication-free/assessments/"
                + created.id())).body(created);
    }

    @Operation(summary = "One eligibility assessment")
    @GetMapping("/assessments/{assessmentId}")
    AssessmentView get(@PathVariable UUID courseId, @PathVariable UUID assessmentId) {
        return service.read(courseId, assessmentId);
    }

    @Operation(summary = "The assessment's journal phrase in bokmål or nynorsk")
    @GetMapping("/assessments/{assessmentId}/phrase")
    Phrase phrase(@PathVariable UUID courseId, @PathVariable UUID assessmentId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        return new Phrase(standard, phrases.phrase(service.read(courseId, assessmentId), standard));
    }
}
