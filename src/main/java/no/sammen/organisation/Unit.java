package no.sammen.organisation;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("org_unit")
class Unit {

    @Id
    private final UUID id;
    private UUID clinicId;
    private String name;
    private UnitType unitType;
    private String phone;
    private LocalDate implementationStart;
    private boolean active;
    @Version
    private Long version;

    @PersistenceCreator
    Unit(UUID id, UUID clinicId, String name, UnitType unitType, String phone, LocalDate implementationStart,
            boolean active, Long version) {
        this.id = id;
        this.clinicId = clinicId;
        this.name = name;
        this.unitType = unitType;
        this.phone = phone;
        this.implementationStart = implementationStart;
        this.active = active;
        this.version = version;
    }

    static Unit create(UnitDetails details) {
        Unit unit = new Unit(UUID.randomUUID(), null, null, null, null, null, true, null);
        unit.change(details);
        return unit;
    }

    void change(UnitDetails details) {
        this.clinicId = details.clinicId();
        this.name = details.name().strip();
        this.unitType = details.type();
        this.phone = details.phone() == null || details.phone().isBlank() ? null : details.phone().strip();
        this.implementationStart = details.implementationStart();
        this.active = details.active();
    }

    UUID id() {
        return id;
    }

    UUID clinicId() {
        return clinicId;
    }

    String name() {
        return name;
    }

    UnitType unitType() {
        return unitType;
    }

    String phone() {
        return phone;
    }

    LocalDate implementationStart() {
        return implementationStart;
    }

    boolean active() {
        return active;
    }

    Long version() {
        return version;
    }

    void setVersion(Long version) {
        this.version = version;
    }
}
