package no.sammen.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One activity of a unit's implementation plan. */
@Table("implementation_activity")
class Activity {

    @Id
    private final UUID id;
    private final UUID unitId;
    private ActivityKind kind;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private UUID responsibleStaffId;
    private ActivityStatus status;
    private String note;
    private String changedBy;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Activity(UUID id, UUID unitId, ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn,
            UUID responsibleStaffId, ActivityStatus status, String note, String changedBy, Instant changedAt,
            Long version) {
        this.id = id;
        this.unitId = unitId;
        this.kind = kind;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.responsibleStaffId = responsibleStaffId;
        this.status = status;
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    static Activity plan(UUID unitId, ActivityDetails details, String by, Instant at) {
        Activity activity = new Activity(UUID.randomUUID(), unitId, null, null, null, null, null, null, null, null,
                null, null);
        activity.change(details, by, at);
        return activity;
    }

    /** Takes over details that have passed {@link ImplementationRules#activity}. */
    void change(ActivityDetails details, String by, Instant at) {
        this.kind = details.kind();
        this.title = details.title().strip();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.responsibleStaffId = details.responsibleStaffId();
        this.status = details.status();
        this.note = details.note() == null || details.note().isBlank() ? null : details.note().strip();
        this.changedBy = by;
        this.changedAt = at;
    }

    ActivityView toView(String responsibleName) {
        return new ActivityView(id, unitId, kind, title, startsOn, endsOn, responsibleStaffId, responsibleName,
                status, note, version == null ? -1 : version);
    }

    UUID id() {
        return id;
    }

    UUID unitId() {
        return unitId;
    }

    UUID responsibleStaffId() {
        return responsibleStaffId;
    }

    long version() {
        return version == null ? -1 : version;
    }
}
