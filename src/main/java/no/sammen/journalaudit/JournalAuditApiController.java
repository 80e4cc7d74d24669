package no.sammen.journalaudit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.conversation.ConversationOverview.ConversationOverviewView;
import no.sammen.family.FamilyOverview.FamilyOverviewView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Journal audits", description = "Journal audits (journalgjennomgang): audit rounds per unit and month or "
        + "quarter, each a reproducible random sample of a population's courses (the population, the seed and the "
        + "drawn courses are stored; sort the population by course id, shuffle with SplittableRandom(seed) by "
        + "Fisher-Yates from the end, take the first n), a versioned checklist per sampled record answered YES, NO or "
        + "NOT_APPLICABLE, and the results per round: per item, in total, K8 (records meeting the criteria) and the "
        + "agreement of the audit with what Sammen registered. A leader or coordinator of the unit opens rounds; its "
        + "members who may read courses audit them; rounds and results are aggregates, also for the unit's analysts. "
        + "Limited to the caller's units; every read of a sampled course and every saved checklist is audited.")
class JournalAuditApiController {

    private final JournalAuditService service;
    private final AuditChecklist checklist;

    JournalAuditApiController(JournalAuditService service, AuditChecklist checklist) {
        this.service = service;
        this.checklist = checklist;
    }

    /** The checklist in use, with each item's text in the caller's language. */
    record ChecklistResponse(int version, String title, String criteria, int minimumApplicable, Double target,
            List<Item> items) {

        record Item(String id, String text, String hint, SammenCounterpart sammen) {
        }
    }

    /**
     * A round to open. {@code period} is {@code 2026-03} for a month or {@code 2026-Q1} for a quarter; {@code seed}
     * is optional (a new one is drawn when left out).
     */
    record OpenRoundRequest(PeriodKind periodKind, String period, Population population, Integer sampleSize,
            Long seed) {
    }

    /**
     * A round with its records in the order of the draw, and the draw made again from the stored population
     * and seed.
     *
     * @param population the population's course ids in the order the draw sorts them
     * @param redrawn    the sample drawn again; equal to the records' courses
     */
    record RoundResponse(RoundView round, List<RecordView> records, List<UUID> population, List<UUID> redrawn,
            boolean redrawMatches) {
    }

    /** One record with the course's Sammen registrations relevant to the checklist. */
    record RecordResponse(UUID roundId, RecordView record, CourseSummary course, FamilyOverviewView family,
            ConversationOverviewView conversations) {
    }

    /** The course as the auditor sees it: its label, never a national id. */
    record CourseSummary(UUID id, String displayLabel, String unitName, LocalDate startDate, LocalDate endDate) {
    }

    /** A record's checklist: the answer per item id, the record's version read, and whether it is completed. */
    record ChecklistRequest(Long version, Map<String, String> answers, Boolean completed) {
    }

    @Operation(summary = "The checklist in use, in the caller's language, with the rule of K8")
    @GetMapping("/journal-audits/checklist")
    ChecklistResponse checklist(Locale locale) {
        return new ChecklistResponse(checklist.version(), checklist.title(locale), checklist.criteria(locale),
                checklist.minimumApplicable(), checklist.target(), checklist.items().stream()
                        .map(i -> new ChecklistResponse.Item(i.id(), i.text(locale), i.hint(locale), i.sammen()))
                        .toList());
    }

    @Operation(summary = "The unit's audit rounds, oldest period first (aggregates)")
    @GetMapping("/units/{unitId}/journal-audits/rounds")
    List<RoundView> rounds(@PathVariable UUID unitId) {
        return service.rounds(unitId);
    }

    @Operation(summary = "Open an audit round and draw its sample (201). Bad input is 400 Problem Details naming the "
            + "field: periodKind, period (not a period, or not ended yet, or a round of the population already "
            + "exists for it), population, sampleSize (out of range, or larger than the population, whose size the "
            + "message gives). Nothing is stored then. Only a leader or coordinator of the unit")
    @PostMapping("/units/{unitId}/journal-audits/rounds")
    ResponseEntity<RoundView> open(@PathVariable UUID unitId, @RequestBody OpenRoundRequest request) {
        RoundView round = service.open(unitId, new AuditRules.OpenRound(request.periodKind(), request.period(),
                request.population(), request.sampleSize()), request.seed());
        return ResponseEntity.created(URI.create("/api/v1/journal-audits/rounds/" + round.id())).body(round);
    }

    @Operation(summary = "A round with its sampled records (labels and answers) and the draw made again from the "
            + "stored population and seed; each course shown is an audited read")
    @GetMapping("/journal-audits/rounds/{roundId}")
    RoundResponse round(@PathVariable UUID roundId) {
        JournalAuditService.RoundDetail detail = service.round(roundId);
        JournalAuditService.Redraw redraw = service.redraw(roundId);
        return new RoundResponse(detail.round(), detail.records(), redraw.population(), redraw.redrawn(),
                redraw.sameSample());
    }

    @Operation(summary = "One sampled record with the course's Sammen registrations relevant to the checklist; an "
            + "audited read for the purpose of the journal audit. A course not in the sample is 400 naming courseId")
    @GetMapping("/journal-audits/rounds/{roundId}/records/{courseId}")
    RecordResponse record(@PathVariable UUID roundId, @PathVariable UUID courseId) {
        return response(service.record(roundId, courseId));
    }

    private static RecordResponse response(JournalAuditService.RecordDetail d) {
        return new RecordResponse(d.round().id(), d.record(), new CourseSummary(d.course().id(),
                d.course().displayLabel(), d.course().unitName(), d.course().startDate(), d.course().endDate()),
                d.family(), d.conversations());
    }

    @Operation(summary = "Save a record's checklist at the version read (answers by item id: YES, NO, NOT_APPLICABLE; "
            + "completed true requires every item). 400 Problem Details naming the field: courseId (not in the "
            + "sample), answers[ITEM] (unknown item, unknown answer, or unanswered on completion), version; 409 when "
            + "the record was saved by someone else since. Nothing is stored on a refusal")
    @PutMapping("/journal-audits/rounds/{roundId}/records/{courseId}")
    RecordView save(@PathVariable UUID roundId, @PathVariable UUID courseId, @RequestBody ChecklistRequest request) {
        return service.save(roundId, courseId, request.version(), request.answers(),
                Boolean.TRUE.equals(request.completed()));
    }

    @Operation(summary = "The results of the unit's rounds, oldest period first: per item and in total the applicable "
            + "yes answers of the applicable answers, K8 (meeting / audited records), the agreement with Sammen per "
            + "item, and whether the round is provisional (a record not yet completed)")
    @GetMapping("/units/{unitId}/journal-audits/results")
    List<RoundResultView> results(@PathVariable UUID unitId) {
        return service.results(unitId);
    }
}
