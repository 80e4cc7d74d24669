package no.sammen.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A training event organised by a unit, with its participants; saved whole. */
@Table("training_event")
class TrainingEvent {

    @Id
    private final UUID id;
    private final UUID unitId;
    private TrainingKind kind;
    private TrainingTopic topic;
    private String title;
    private LocalDate heldOn;
    private String place;
    private String organiser;
    @MappedCollection(idColumn = "event_id")
    private Set<Participant> participants;
    @MappedCollection(idColumn = "event_id")
    private Set<External> externals;
    private String changedBy;
    private Instant changedAt;
    @Version
    private Long version;

    /** A staff member of the organisation who signed up, attended, or both. */
    @Table("training_participant")
    record Participant(UUID staffId, boolean signedUp, boolean attended) {
    }

    /** How many from one kind of workplace outside the organisation signed up and attended. */
    @Table("training_external")
    record External(Workplace workplace, int signedUp, int attended) {
    }

    @PersistenceCreator
    TrainingEvent(UUID id, UUID unitId, TrainingKind kind, TrainingTopic topic, String title, LocalDate heldOn,
            String place, String organiser, Set<Participant> participants, Set<External> externals, String changedBy,
            Instant changedAt, Long version) {
        this.id = id;
        this.unitId = unitId;
        this.kind = kind;
        this.topic = topic;
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.organiser = organiser;
        this.participants = new HashSet<>(participants == null ? Set.of() : participants);
        this.externals = new HashSet<>(externals == null ? Set.of() : externals);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    static TrainingEvent create(UUID unitId, EventDetails details, String by, Instant at) {
        TrainingEvent event = new TrainingEvent(UUID.randomUUID(), unitId, null, null, null, null, null, null, null,
                null, null, null, null);
        event.change(details, by, at);
        return event;
    }

    /** Takes over details that have passed {@link ImplementationRules#event}; no participant is kept twice. */
    void change(EventDetails details, String by, Instant at) {
        this.kind = details.kind();
        this.topic = details.topic();
        this.title = details.title().strip();
        this.heldOn = details.heldOn();
        this.place = details.place().strip();
        this.organiser = details.organiser().strip();
        this.participants = new HashSet<>(details.participants().stream()
                .filter(p -> p.signedUp() || p.attended()).toList());
        this.externals = new HashSet<>(details.externals().stream()
                .filter(e -> e.signedUp() > 0 || e.attended() > 0).toList());
        this.changedBy = by;
        this.changedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID unitId() {
        return unitId;
    }

    TrainingKind kind() {
        return kind;
    }

    TrainingTopic topic() {
        return topic;
    }

    String title() {
        return title;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String place() {
        return place;
    }

    String organiser() {
        return organiser;
    }

    Set<Participant> participants() {
        return Set.copyOf(participants);
    }

    Set<External> externals() {
        return Set.copyOf(externals);
    }

    long version() {
        return version == null ? -1 : version;
    }
}
