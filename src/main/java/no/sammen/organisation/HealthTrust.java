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
    private final String name;
    @Version
    private Long version;

    @PersistenceCreator
    HealthTrust(UUID id, String name, Long version) {
        this.id = id;
        this.name = name;
        this.version = version;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }
}
