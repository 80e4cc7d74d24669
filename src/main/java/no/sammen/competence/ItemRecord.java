package no.sammen.competence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** What was registered by hand about one plan item of one staff member: planned, done, confirmed. */
@Table("competence_item")
class ItemRecord {

    @Id
    private final UUID id;
    private final UUID staffId;
    private final String itemId;
    private LocalDate plannedOn;
    private LocalDate doneOn;
    private String evidence;
    private UUID registeredBy;
    private Instant registeredAt;
    private UUID confirmedBy;
    private LocalDate confirmedOn;
    @Version
    private Long version;

    @PersistenceCreator
    ItemRecord(UUID id, UUID staffId, String itemId, LocalDate plannedOn, LocalDate doneOn, String evidence,
            UUID registeredBy, Instant registeredAt, UUID confirmedBy, LocalDate confirmedOn, Long version) {
        this.id = id;
        this.staffId = staffId;
        this.itemId = itemId;
        this.plannedOn = plannedOn;
        this.doneOn = doneOn;
        this.evidence = evidence;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.confirmedBy = confirmedBy;
        this.confirmedOn = confirmedOn;
        this.version = version;
    }

    static ItemRecord create(UUID staffId, String itemId) {
        return new ItemRecord(UUID.randomUUID(), staffId, itemId, null, null, null, null, null, null, null, null);
    }

    /** A new registration; a confirmation is kept only while the day done stays the same. */
    void register(LocalDate plannedOn, LocalDate doneOn, String evidence, UUID by, Instant at) {
        if (doneOn == null || !doneOn.equals(this.doneOn)) {
            this.confirmedBy = null;
            this.confirmedOn = null;
        }
        this.plannedOn = plannedOn;
        this.doneOn = doneOn;
        this.evidence = evidence;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    void confirm(UUID by, LocalDate on) {
        this.confirmedBy = by;
        this.confirmedOn = on;
    }

    PlanRules.Registered registered() {
        return new PlanRules.Registered(plannedOn, doneOn, evidence, confirmedOn);
    }

    UUID id() {
        return id;
    }

    UUID staffId() {
        return staffId;
    }

    String itemId() {
        return itemId;
    }

    LocalDate doneOn() {
        return doneOn;
    }

    Long version() {
        return version;
    }
}
