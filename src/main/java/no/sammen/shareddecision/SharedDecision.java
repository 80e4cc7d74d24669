package no.sammen.shareddecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One shared decision of a course as it stands. It holds only what {@link SharedDecisionRules#relevant}
 * leaves of a registration; each saved state is also kept as a revision (ADR 0025).
 */
@Table("shared_decision")
class SharedDecision {

    @Id
    private final UUID id;
    private final UUID courseId;
    private LocalDate decidedOn;
    private DecisionQuestion question;
    private String questionText;
    @MappedCollection(idColumn = "decision_id", keyColumn = "position")
    private List<Option> options;
    private String whatMatters;
    private boolean decisionAidUsed;
    private DecisionAid decisionAid;
    private String decisionAidText;
    @MappedCollection(idColumn = "decision_id")
    private Set<Participant> participants;
    private String decision;
    private LocalDate revisitOn;
    private final Instant createdAt;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    SharedDecision(UUID id, UUID courseId, LocalDate decidedOn, DecisionQuestion question, String questionText,
            List<Option> options, String whatMatters, boolean decisionAidUsed, DecisionAid decisionAid,
            String decisionAidText, Set<Participant> participants, String decision, LocalDate revisitOn,
            Instant createdAt, Instant changedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.decidedOn = decidedOn;
        this.question = question;
        this.questionText = questionText;
        this.options = new ArrayList<>(options == null ? List.of() : options);
        this.whatMatters = whatMatters;
        this.decisionAidUsed = decisionAidUsed;
        this.decisionAid = decisionAid;
        this.decisionAidText = decisionAidText;
        this.participants = new HashSet<>(participants == null ? Set.of() : participants);
        this.decision = decision;
        this.revisitOn = revisitOn;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** A new decision; {@code registration} has already passed {@link SharedDecisionRules}. */
    static SharedDecision register(UUID courseId, SharedDecisionRegistration registration, Instant now) {
        SharedDecision made = new SharedDecision(UUID.randomUUID(), courseId, null, null, null, List.of(), null, false,
                null, null, Set.of(), null, null, now, now, null);
        made.change(registration, now);
        return made;
    }

    /** Takes over a registration that has passed {@link SharedDecisionRules}. */
    void change(SharedDecisionRegistration registration, Instant now) {
        SharedDecisionRegistration r = SharedDecisionRules.relevant(registration);
        this.decidedOn = r.decidedOn();
        this.question = r.question();
        this.questionText = r.questionText();
        List<Option> given = new ArrayList<>();
        r.optionIds().forEach(id -> given.add(new Option(id, null)));
        r.freeOptions().forEach(text -> given.add(new Option(null, text)));
        this.options = given;
        this.whatMatters = r.whatMatters();
        this.decisionAidUsed = Boolean.TRUE.equals(r.decisionAidUsed());
        this.decisionAid = r.decisionAid();
        this.decisionAidText = r.decisionAidText();
        this.participants = r.participantIds().stream().map(Participant::new)
                .collect(Collectors.toCollection(HashSet::new));
        this.decision = r.decision();
        this.revisitOn = r.revisitOn();
        this.changedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    Long version() {
        return version;
    }

    /** Whether the member took part. */
    boolean names(UUID memberId) {
        return participants.contains(new Participant(memberId));
    }

    SharedDecisionView toView() {
        return new SharedDecisionView(id, courseId, decidedOn, question, questionText,
                options.stream().map(Option::recommendationId).filter(Objects::nonNull).toList(),
                options.stream().map(Option::optionText).filter(Objects::nonNull).toList(), whatMatters,
                decisionAidUsed, decisionAid, decisionAidText,
                participants.stream().map(Participant::memberId).sorted(Comparator.naturalOrder()).toList(), decision,
                revisitOn, version == null ? 0 : version);
    }

    /** An option considered: a recommendation of the guideline catalog, or the clinician's own words. */
    @Table("shared_decision_option")
    record Option(String recommendationId, String optionText) {
    }

    @Table("shared_decision_participant")
    record Participant(UUID memberId) {
    }
}
