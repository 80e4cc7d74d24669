package no.sammen.conversation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.Versions;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
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
@RequestMapping("/api/v1")
@Tag(name = "Basic conversations and crisis plans", description = "The three basic conversations of a course "
        + "(with the patient, with relatives, with both), the conversation guide, the crisis plan, and their journal "
        + "phrases in bokmål or nynorsk. Limited to the caller's units; reads and changes are audit-logged.")
class ConversationApiController {

    private final ConversationService service;
    private final CrisisPlanService plans;
    private final MessageSource messages;

    ConversationApiController(ConversationService service, CrisisPlanService plans, MessageSource messages) {
        this.service = service;
        this.plans = plans;
        this.messages = messages;
    }

    record ConversationRequest(ConversationKind kind, LocalDate heldOn, Set<UUID> participantIds, String staff,
            Set<ConversationTopic> topics, String note, LocalDate followUpOn, Long version, UUID staffId) {

        ConversationDetails details() {
            return new ConversationDetails(kind, heldOn, participantIds, staff, topics, note, followUpOn, staffId);
        }
    }

    record CrisisPlanRequest(String warningSigns, String patientActions, String relativeActions, String otherContacts,
            Set<UUID> madeWithMemberIds, String madeWithOther, LocalDate madeOn, LocalDate reviseOn, Long version) {

        CrisisPlanDetails details() {
            return new CrisisPlanDetails(warningSigns, patientActions, relativeActions, otherContacts,
                    madeWithMemberIds, madeWithOther, madeOn, reviseOn);
        }
    }

    record Phrase(WrittenStandard standard, String text) {
    }

    record GuideSection(ConversationTopic topic, String heading, List<String> questions) {
    }

    record Guide(ConversationKind kind, String title, String introduction, List<GuideSection> sections) {
    }

    @Operation(summary = "The conversations of a course, oldest first")
    @GetMapping("/courses/{courseId}/conversations")
    List<ConversationView> list(@PathVariable UUID courseId) {
        return service.readConversations(courseId);
    }

    @Operation(summary = "Register a conversation; participants are ids of the course's network members")
    @PostMapping("/courses/{courseId}/conversations")
    ResponseEntity<ConversationView> register(@PathVariable UUID courseId, @RequestBody ConversationRequest request) {
        ConversationView saved = service.register(courseId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/conversations/" + saved.id()))
                .body(saved);
    }

    @Operation(summary = "One conversation")
    @GetMapping("/courses/{courseId}/conversations/{conversationId}")
    ConversationView get(@PathVariable UUID courseId, @PathVariable UUID conversationId) {
        return service.readConversation(courseId, conversationId);
    }

    @Operation(summary = "Change a conversation; send the version you read")
    @PutMapping("/courses/{courseId}/conversations/{conversationId}")
    ConversationView change(@PathVariable UUID courseId, @PathVariable UUID conversationId,
            @RequestBody ConversationRequest request) {
        return service.change(courseId, conversationId, Versions.required(request.version()), request.details());
    }

    @Operation(summary = "The journal phrase of a conversation, in bokmål or nynorsk")
    @GetMapping("/courses/{courseId}/conversations/{conversationId}/phrase")
    Phrase conversationPhrase(@PathVariable UUID courseId, @PathVariable UUID conversationId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(required = false) WrittenStandard standard,
            Locale locale) {
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        return new Phrase(chosen, service.phrase(service.readConversation(courseId, conversationId), chosen));
    }

    @Operation(summary = "The crisis plan of a course; 404 when none is made")
    @GetMapping("/courses/{courseId}/crisis-plan")
    CrisisPlanView crisisPlan(@PathVariable UUID courseId) {
        return plans.readCrisisPlan(courseId).orElseThrow(() -> new NotFoundException(CrisisPlanService.CRISIS_PLAN));
    }

    @Operation(summary = "Make the crisis plan (no version) or change it (send the version you read)")
    @PutMapping("/courses/{courseId}/crisis-plan")
    ResponseEntity<CrisisPlanView> saveCrisisPlan(@PathVariable UUID courseId, @RequestBody CrisisPlanRequest request) {
        CrisisPlanView saved = plans.saveCrisisPlan(courseId, request.version(), request.details());
        return request.version() == null ? ResponseEntity.status(201).body(saved) : ResponseEntity.ok(saved);
    }

    @Operation(summary = "The journal phrase of the crisis plan, in bokmål or nynorsk")
    @GetMapping("/courses/{courseId}/crisis-plan/phrase")
    Phrase crisisPlanPhrase(@PathVariable UUID courseId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(required = false) WrittenStandard standard,
            Locale locale) {
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        CrisisPlanView plan = plans.readCrisisPlan(courseId)
                .orElseThrow(() -> new NotFoundException(CrisisPlanService.CRISIS_PLAN));
        return new Phrase(chosen, plans.phrase(plan, chosen));
    }

    @Operation(summary = "The conversation guide for one kind, in the language of Accept-Language")
    @GetMapping("/conversation-guides/{kind}")
    Guide guide(@PathVariable ConversationKind kind, Locale locale) {
        List<GuideSection> sections = ConversationGuide.sections(kind).stream()
                .map(s -> new GuideSection(s.topic(), text(s.headingKey(), locale),
                        s.questionKeys().stream().map(k -> text(k, locale)).toList()))
                .toList();
        return new Guide(kind, text("conversation.kind." + kind, locale), text(ConversationGuide.introKey(kind), locale),
                sections);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
