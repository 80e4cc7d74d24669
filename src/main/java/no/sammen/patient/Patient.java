package no.sammen.patient;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A patient known only by pseudonym and a display label. */
@Table("patient")
class Patient {

    @Id
    private final UUID id;
    private final UUID trustId;
    private final String pseudonym;
    private String displayLabel;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    Patient(UUID id, UUID trustId, String pseudonym, String displayLabel, Instant createdAt, Long version) {
        this.id = id;
        this.trustId = trustId;
        this.pseudonym = pseudonym;
        this.displayLabel = displayLabel;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Patient create(UUID trustId, String pseudonym, String displayLabel, Instant now) {
        return new Patient(UUID.randomUUID(), trustId, pseudonym, displayLabel, now, null);
    }

    UUID id() {
        return id;
    }

    UUID trustId() {
        return trustId;
    }

    String pseudonym() {
        return pseudonym;
    }

    String displayLabel() {
        return displayLabel;
    }
}
