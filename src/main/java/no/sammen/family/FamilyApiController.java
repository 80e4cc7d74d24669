package no.sammen.family;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
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
@RequestMapping("/api/v1/courses/{courseId}")
@Tag(name = "Family and network", description = "The network map of a course (private and public members, the "
        + "closest relative, no relatives, minor children), consent per member with its history, contacts with "
        + "relatives and journal phrases. Limited to the caller's units; every read and change is audit-logged.")
class FamilyApiController {

    private final NetworkService network;
    private final NetworkMapService maps;
    private final FamilyStateService states;
    private final ConsentService consents;
    private final ContactService contacts;
    private final FamilyPhrases phrases;

    FamilyApiController(NetworkService network, NetworkMapService maps, FamilyStateService states,
            ConsentService consents, ContactService contacts, FamilyPhrases phrases) {
        this.network = network;
        this.maps = maps;
        this.states = states;
        this.consents = consents;
        this.contacts = contacts;
        this.phrases = phrases;
    }

    record MemberRequest(Long version, Relation relation, String name, String contact, Boolean closestRelative) {

        MemberDetails details() {
            return new MemberDetails(relation, name, contact, Boolean.TRUE.equals(closestRelative));
        }
    }

    record NoNetworkRequest(Long version, Boolean noNetwork) {
    }

    record ChildrenRequest(Long version, LocalDate askedOn, Integer count, List<Integer> ages,
            ChildNeeds needsAddressed) {
    }

    record ConsentRequest(UUID memberId, ConsentStatus status, String scope, LocalDate givenOn) {
    }

    record WithdrawalRequest(Long version, LocalDate withdrawnOn) {
    }

    record ContactRequest(LocalDateTime dateTime, ContactChannel channel, String staffName, Set<UUID> memberIds,
            UUID staffId) {
    }

    /** The contacts of a course, earliest first, and which is the first. */
    record ContactsAnswer(FirstContactView first, List<RelativeContactView> contacts) {
    }

    record ContactPhrase(UUID contactId, String text) {
    }

    record ConsentPhrase(UUID consentId, UUID memberId, String text) {
    }

    /** Journal texts for everything registered on the course's family, in one written standard. */
    record PhrasesAnswer(WrittenStandard standard, String networkSummary, List<ContactPhrase> contacts,
            List<ConsentPhrase> consents) {
    }

    @Operation(summary = "The network map: members with their current consent, no network, minor children, "
            + "first contact")
    @GetMapping("/network")
    NetworkMapView map(@PathVariable UUID courseId) {
        return maps.networkMap(courseId);
    }

    @Operation(summary = "Add a member to the network map")
    @PostMapping("/network/members")
    ResponseEntity<NetworkMemberView> add(@PathVariable UUID courseId, @RequestBody MemberRequest request) {
        NetworkMemberView member = network.add(courseId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/network/members/" + member.id()))
                .body(member);
    }

    @Operation(summary = "One member with its consent history, newest first")
    @GetMapping("/network/members/{memberId}")
    MemberConsentsView member(@PathVariable UUID courseId, @PathVariable UUID memberId) {
        return consents.member(courseId, memberId);
    }

    @Operation(summary = "Change a member; send the version you read")
    @PutMapping("/network/members/{memberId}")
    NetworkMemberView change(@PathVariable UUID courseId, @PathVariable UUID memberId,
            @RequestBody MemberRequest request) {
        return network.change(courseId, memberId, Versions.required(request.version()), request.details());
    }

    @Operation(summary = "Remove a member from the network map; send the version you read. Refused, naming "
            + "why, while a registration (a contact, a consent, a conversation, a crisis plan, a network meeting) "
            + "names the member")
    @DeleteMapping("/network/members/{memberId}")
    ResponseEntity<Void> remove(@PathVariable UUID courseId, @PathVariable UUID memberId,
            @RequestParam(required = false) Long version) {
        network.remove(courseId, memberId, Versions.required(version));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Set or clear 'no relatives or network'; refused while the course has private members "
            + "or contacts. Send the version you read (null if none was recorded yet)")
    @PutMapping("/network/no-network")
    FamilyStateView noNetwork(@PathVariable UUID courseId, @RequestBody NoNetworkRequest request) {
        if (request.noNetwork() == null) {
            throw new InvalidInputException(FieldProblem.of("noNetwork", "family.noNetwork.required"));
        }
        return states.markNoNetwork(courseId, request.version(), request.noNetwork());
    }

    @Operation(summary = "Record the patient's minor children; all fields empty means 'not asked yet'. "
            + "Send the version you read (null if none was recorded yet)")
    @PutMapping("/network/children")
    FamilyStateView children(@PathVariable UUID courseId, @RequestBody ChildrenRequest request) {
        return states.recordChildren(courseId, request.version(),
                new MinorChildren(request.askedOn(), request.count(), request.ages(), request.needsAddressed()));
    }

    @Operation(summary = "Consents of the course, newest first; optionally of one member")
    @GetMapping("/consents")
    List<ConsentView> consents(@PathVariable UUID courseId, @RequestParam(required = false) UUID memberId) {
        return consents.consentList(courseId, memberId);
    }

    @Operation(summary = "Register a consent (a new entry in the member's history)")
    @PostMapping("/consents")
    ResponseEntity<ConsentView> registerConsent(@PathVariable UUID courseId, @RequestBody ConsentRequest request) {
        ConsentView consent = consents.registerConsent(courseId,
                new ConsentDetails(request.memberId(), request.status(), request.scope(), request.givenOn()));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/consents/" + consent.id()))
                .body(consent);
    }

    @Operation(summary = "Record the withdrawal of a member's current consent; send the version you read")
    @PostMapping("/consents/{consentId}/withdrawal")
    ConsentView withdraw(@PathVariable UUID courseId, @PathVariable UUID consentId,
            @RequestBody WithdrawalRequest request) {
        return consents.withdrawConsent(courseId, consentId, Versions.required(request.version()), request.withdrawnOn());
    }

    @Operation(summary = "Contacts with relatives, earliest first; the first is also given on its own")
    @GetMapping("/contacts")
    ContactsAnswer contacts(@PathVariable UUID courseId) {
        List<RelativeContactView> log = contacts.contactLog(courseId);
        return new ContactsAnswer(contacts.firstContact(courseId).orElse(null), log);
    }

    @Operation(summary = "Register a contact with relatives (dateTime in Norwegian local time)")
    @PostMapping("/contacts")
    ResponseEntity<RelativeContactView> registerContact(@PathVariable UUID courseId,
            @RequestBody ContactRequest request) {
        RelativeContactView contact = contacts.registerContact(courseId,
                new NewContact(request.dateTime(), request.channel(), request.staffName(), request.memberIds(),
                        request.staffId()));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/contacts/" + contact.id()))
                .body(contact);
    }

    @Operation(summary = "Journal phrases for the network map, the contacts and the consents, in bokmål "
            + "or nynorsk")
    @GetMapping("/family/phrases")
    PhrasesAnswer phrases(@PathVariable UUID courseId,
            @Parameter(description = WrittenStandard.API_PARAMETER) @RequestParam(name = "standard", required = false)
            WrittenStandard chosen, Locale locale) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        NetworkMapView map = maps.networkMap(courseId);
        List<NetworkMemberView> members = map.members().stream().map(NetworkMapView.MapMember::member).toList();
        String summary = phrases.networkSummary(
                new FamilyStateView(courseId, map.noNetwork(), map.children(), map.version()), members, standard);
        List<ContactPhrase> contactPhrases = contacts.contacts(courseId).stream()
                .map(c -> new ContactPhrase(c.id(), phrases.contact(c, members, standard))).toList();
        List<ConsentPhrase> consentPhrases = consents.consents(courseId).stream()
                .map(c -> new ConsentPhrase(c.id(), c.memberId(), phrases.consent(c, members.stream()
                        .filter(m -> m.id().equals(c.memberId())).findFirst().orElseThrow(), standard)))
                .toList();
        return new PhrasesAnswer(standard, summary, contactPhrases, consentPhrases);
    }

}
