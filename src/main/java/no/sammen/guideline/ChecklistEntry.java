package no.sammen.guideline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One registration of a recommendation's state on a course. Never changed: a change is a new row with
 * the next sequence, and the row with the highest sequence decides.
 */
@Table("guideline_checklist_entry")
record ChecklistEntry(@Id UUID id, UUID courseId, UUID unitId, String recommendationId, int catalogVersion,
        int sequence, ChecklistState state, LocalDate stateOn, String reason, Instant recordedAt,
        @Version Long version) {

    ChecklistEntryView toView() {
        return new ChecklistEntryView(recommendationId, sequence, state, stateOn, reason, recordedAt);
    }
}
