package no.sammen.worklist;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A long-stale item of a course taken off the worklist, with a reason, by whom and when. Not a
 * registration of the work: the indicators still count the course as not met. Written once, never
 * changed; a second closure of the same item breaks the unique constraint (a concurrent edit).
 */
@Table("worklist_closure")
class WorklistClosure {

    @Id
    private final UUID id;
    private final UUID courseId;
    private final WorkItemType itemType;
    private final ClosureReason reason;
    private final String note;
    private final UUID closedBy;
    private final Instant closedAt;
    @Version
    private Long version;

    @PersistenceCreator
    WorklistClosure(UUID id, UUID courseId, WorkItemType itemType, ClosureReason reason, String note, UUID closedBy,
            Instant closedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.itemType = itemType;
        this.reason = reason;
        this.note = note;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.version = version;
    }

    static WorklistClosure of(UUID courseId, WorkItemType type, ClosureReason reason, String note, UUID closedBy,
            Instant at) {
        return new WorklistClosure(UUID.randomUUID(), courseId, type, reason, note, closedBy, at, null);
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    WorkItemType itemType() {
        return itemType;
    }

    ClosureReason reason() {
        return reason;
    }
}
