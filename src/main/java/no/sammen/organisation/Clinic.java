package no.sammen.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("clinic")
class Clinic {

    @Id
    private final UUID id;
    private UUID trustId;
    private String name;
    @Version
    private Long version;

    @PersistenceCreator
    Clinic(UUID id, UUID trustId, String name, Long version) {
        this.id = id;
        this.trustId = trustId;
        this.name = name;
        this.version = version;
    }

    /** A new clinic; trust and name are expected to have been validated, the name stripped. */
    static Clinic create(UUID trustId, String name) {
        return new Clinic(UUID.randomUUID(), trustId, name, null);
    }

    /** Renames the clinic, or moves it to another trust, or both. */
    void change(UUID trustId, String name) {
        this.trustId = trustId;
        this.name = name;
    }

    UUID id() {
        return id;
    }

    UUID trustId() {
        return trustId;
    }

    String name() {
        return name;
    }

    Long version() {
        return version;
    }
}
