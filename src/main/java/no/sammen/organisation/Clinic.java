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
    private final UUID trustId;
    private final String name;
    @Version
    private Long version;

    @PersistenceCreator
    Clinic(UUID id, UUID trustId, String name, Long version) {
        this.id = id;
        this.trustId = trustId;
        this.name = name;
        this.version = version;
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
}
