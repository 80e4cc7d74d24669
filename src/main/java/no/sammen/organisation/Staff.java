package no.sammen.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("staff")
class Staff {

    @Id
    private final UUID id;
    private final UUID unitId;
    private final String fullName;
    private final Profession profession;
    private final String position;
    @Version
    private Long version;

    @PersistenceCreator
    Staff(UUID id, UUID unitId, String fullName, Profession profession, String position, Long version) {
        this.id = id;
        this.unitId = unitId;
        this.fullName = fullName;
        this.profession = profession;
        this.position = position;
        this.version = version;
    }

    StaffView toView() {
        return new StaffView(id, unitId, fullName, profession, position);
    }
}
