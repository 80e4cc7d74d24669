package no.sammen.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("health_trust")
class HealthTrust {

    @Id
    private final UUID id;
    private String name;
    @Version
    private Long version;

    @PersistenceCreator
    HealthTrust(UUID id, String name, Long version) {
        this.id = id;
        this.name = name;
        this.version = version;
    }

    /** A new trust; the name is expected to have been validated and stripped. */
    static HealthTrust create(String name) {
        return new HealthTrust(UUID.randomUUID(), name, null);
    }

    void rename(String name) {
        this.name = name;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    Long version() {
        return version;
    }
}
