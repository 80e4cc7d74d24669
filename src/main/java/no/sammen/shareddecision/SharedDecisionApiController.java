package no.sammen.shareddecision;

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
@RequestMapping("/api/v1/courses/{courseId}/shared-decisions")
@Tag(name = "Shared decisions", description = "Documented shared decisions (samvalg) of a course: the day, the "
        + "question decided, the options considered (guideline recommendations by id, and own options), what "
        + "matters most to the patient, whether a decision aid was used, who of the network map took part, the "
        + "decision and a day to revisit. Every change keeps the earlier version as a revision. Limited to the "
        + "caller's units; every read and change is audited.")
class SharedDecisionApiController {

    private final SharedDecisionService decisions;
    private final NetworkService network;
    private final SharedDecisionPhrases phrases;

    SharedDecisionApiController(SharedDecisionService decisions, NetworkService network,
            SharedDecisionPhrases phrases) {
        this.decisions = decisions;
        this.network = network;
        this.phrases = phrases;
    }

    /**
     * A decision, new or changed. {@code optionIds} are ids of the guideline catalog
     * ({@code GET /api/v1/guideline}); together with {@code freeOptions} at least two options.
     * {@code participantIds} are ids of the course's network members. {@code questionText} is for the
     * question {@code OTHER}, {@code decisionAid} only when {@code decisionAidUsed}, and
     * {@code decisionAidText} for the aid {@code OTHER}; the others may be left out.
     */
    record DecisionRequest(Long version, LocalDate decidedOn, DecisionQuestion question, String questionText,
            List<String> optionIds, List<String> freeOptions, String whatMatters, Boolean decisionAidUsed,
            DecisionAid decisionAid, String decisionAidText, Set<UUID> participantIds, String decision,
            LocalDate revisitOn) {

        SharedDecisionRegistration registration() {
            return new SharedDecisionRegistration(decidedOn, question, questionText, optionIds, freeOptions,
                    whatMatters, decisionAidUsed, decisionAid, decisionAidText, participantIds, decision, revisitOn);
        }
    }

    /** A journal phrase and the written standard it is in. */
    record Phrase(WrittenStandard standard, String text) {
    }

    @Operation(summary = "The course's shared decisions, the latest decided first")
    @GetMapping
    List<SharedDecisionView> list(@PathVariable UUID courseId) {
        return decisions.read(courseId);
    }

    @Operation(summary = "Document a shared decision")
    @PostMapping
    ResponseEntity<SharedDecisionView> register(@PathVariable UUID courseId, @RequestBody DecisionRequest request) {
        SharedDecisionView created = decisions.register(courseId, request.registration());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/shared-decisions/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One shared decision as it stands")
    @GetMapping("/{decisionId}")
    SharedDecisionView get(@PathVariable UUID courseId, @PathVariable UUID decisionId) {
        return decisions.read(courseId, decisionId);
    }

    @Operation(summary = "Change a shared decision, keeping the earlier version; send the version you read")
    @PutMapping("/{decisionId}")
    SharedDecisionView change(@PathVariable UUID courseId, @PathVariable UUID decisionId,
            @RequestBody DecisionRequest request) {
        return decisions.change(courseId, decisionId, Versions.required(request.version()), request.registration());
    }

    @Operation(summary = "Every saved version of a shared decision, the latest first (revision 1 as first documented)")
    @GetMapping("/{decisionId}/history")
    List<SharedDecisionRevisionView> history(@PathVariable UUID courseId, @PathVariable UUID decisionId) {
        return decisions.history(courseId, decisionId);
    }

    @Operation(summary = "The decision's journal phrase in bokmål or nynorsk")
    @GetMapping("/{decisionId}/phrase")
    Phrase phrase(@PathVariable UUID courseId, @PathVariable UUID decisionId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        SharedDecisionView decision = decisions.read(courseId, decisionId);
        return new Phrase(standard, phrases.phrase(decision, network.members(courseId), standard));
    }
}
