package no.sammen.survey;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.organisation.UnitView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Surveys", description = "Anonymous experience surveys (ADR 0036): versioned questionnaires for relatives, "
        + "patients and staff; rounds opened by a leader or coordinator of a unit, each with a public link "
        + "(/s/{publicKey}, answered without login on the public answer page) and optional single-use codes; results "
        + "per round and per year: the number of answers and per item the distribution and the favourable share with "
        + "its 95 % Wilson interval, every figure below the minimum (5) hidden with secondary suppression, for "
        + "everyone; free texts for a leader of the unit only, once the round has the minimum. Limited to the caller's "
        + "units; opening, closing, codes and every read of results are audited. Never a single answer.")
class SurveyApiController {

    private final SurveyService service;
    private final SurveyQuestionnaires questionnaires;

    SurveyApiController(SurveyService service, SurveyQuestionnaires questionnaires) {
        this.service = service;
        this.questionnaires = questionnaires;
    }

    /** A questionnaire in the caller's language. */
    record QuestionnaireResponse(String id, int version, String title, String introduction, List<Item> items) {

        record Item(String id, ItemKind kind, boolean optional, String text, String hint, List<Option> options,
                List<String> favourable, List<String> notCounted, String low, String high, Integer maxLength) {
        }

        record Option(String id, String text) {
        }

        static QuestionnaireResponse of(Questionnaire q, Locale locale) {
            return new QuestionnaireResponse(q.id(), q.version(), q.title(locale), q.introduction(locale),
                    q.items().stream().map(i -> new Item(i.id(), i.kind(), i.optional(), i.text(locale),
                            i.hintText(locale), i.options().stream().map(o -> new Option(o.id(), o.text(locale)))
                                    .toList(), i.favourable().stream().sorted().toList(),
                            i.notCounted().stream().sorted().toList(), i.lowText(locale), i.highText(locale),
                            i.freeText() ? i.maxLength() : null)).toList());
        }
    }

    /** A round to open: questionnaire RELATIVES, PATIENTS or STAFF; from and to dates; whether codes are needed. */
    record OpenRoundRequest(String questionnaire, LocalDate opensOn, LocalDate closesOn, Boolean codesRequired) {
    }

    /** How many single-use codes to make. */
    record CodesRequest(Integer count) {
    }

    /** The codes made, shown this once: only their hashes are kept. */
    record CodesResponse(UUID roundId, List<String> codes) {
    }

    /** The results of a unit's rounds of one questionnaire, oldest first, and the year totals. */
    record UnitResultsResponse(UUID unitId, String questionnaire, int minimumAnswers, List<RoundResultView> rounds,
            List<RoundResultView> years) {
    }

    /** The free texts of a round by item, or why they are not given. */
    record FreeTextResponse(UUID roundId, boolean shown, String reason, java.util.Map<String, List<String>> texts) {
    }

    @Operation(summary = "The questionnaires in use (each one's latest version), in the caller's language")
    @GetMapping("/surveys/questionnaires")
    List<QuestionnaireResponse> questionnaires(Locale locale) {
        return questionnaires.latest().stream().map(q -> QuestionnaireResponse.of(q, locale)).toList();
    }

    @Operation(summary = "The unit's survey rounds, oldest first")
    @GetMapping("/units/{unitId}/surveys/rounds")
    List<RoundView> rounds(@PathVariable UUID unitId) {
        return service.rounds(unitId);
    }

    @Operation(summary = "Open a survey round (201) of a questionnaire's latest version, with a new public key. Bad "
            + "input is 400 Problem Details naming the field: questionnaire (missing or unknown), opensOn, closesOn "
            + "(missing, before today, before opensOn, or longer than the longest round). Only a leader or coordinator "
            + "of the unit")
    @PostMapping("/units/{unitId}/surveys/rounds")
    ResponseEntity<RoundView> open(@PathVariable UUID unitId, @RequestBody OpenRoundRequest request) {
        RoundView round = service.open(unitId, new SurveyRules.OpenRound(request.questionnaire(), request.opensOn(),
                request.closesOn(), Boolean.TRUE.equals(request.codesRequired())));
        return ResponseEntity.created(URI.create("/api/v1/surveys/rounds/" + round.id())).body(round);
    }

    @Operation(summary = "One round")
    @GetMapping("/surveys/rounds/{roundId}")
    RoundView round(@PathVariable UUID roundId) {
        return service.round(roundId);
    }

    @Operation(summary = "Close a round today: it takes no more answers. A round closed already is 400 naming round")
    @PostMapping("/surveys/rounds/{roundId}/close")
    RoundView close(@PathVariable UUID roundId) {
        return service.close(roundId);
    }

    @Operation(summary = "Make single-use codes for a round that needs them (201); they are returned this once. 400 "
            + "naming count: out of range, the round takes no codes, or it is over")
    @PostMapping("/surveys/rounds/{roundId}/codes")
    ResponseEntity<CodesResponse> codes(@PathVariable UUID roundId, @RequestBody CodesRequest request) {
        return ResponseEntity.status(201).body(new CodesResponse(roundId, service.makeCodes(roundId, request.count())));
    }

    @Operation(summary = "One round's results, hidden as among all the unit's rounds of its questionnaire")
    @GetMapping("/surveys/rounds/{roundId}/results")
    RoundResultView roundResults(@PathVariable UUID roundId) {
        return service.roundResults(roundId);
    }

    @Operation(summary = "A round's free texts by item, for a leader of the unit once the round has the minimum number "
            + "of answers (otherwise shown is false with the reason); each item's texts sorted, so their order tells "
            + "nothing")
    @GetMapping("/surveys/rounds/{roundId}/free-texts")
    FreeTextResponse freeTexts(@PathVariable UUID roundId) {
        SurveyService.FreeTexts texts = service.freeTexts(roundId);
        return new FreeTextResponse(roundId, texts.shown(), texts.reasonKey(), texts.texts());
    }

    @Operation(summary = "The results of the unit's rounds of a questionnaire, oldest first, with the total of each "
            + "calendar year; hidden figures are null with their reason (PRIMARY, SECONDARY)")
    @GetMapping("/units/{unitId}/surveys/results")
    UnitResultsResponse results(@PathVariable UUID unitId, @RequestParam String questionnaire) {
        SurveyResults.UnitResults results = service.results(unitId, questionnaire);
        return new UnitResultsResponse(unitId, questionnaire, service.minimumAnswers(), results.rounds(),
                results.years());
    }

    @Operation(summary = "The same results as CSV: one line per round (or year) and item; hidden figures empty with "
            + "the reason")
    @GetMapping(value = "/units/{unitId}/surveys/results.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID unitId, @RequestParam String questionnaire) {
        UnitView unit = service.readableUnit(unitId);
        return SurveyController.csvResponse(unit, questionnaire, service.results(unitId, questionnaire));
    }
}
