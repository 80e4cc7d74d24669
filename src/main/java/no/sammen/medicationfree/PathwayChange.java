package no.sammen.medicationfree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One change of a medication-free course's pathway or legal status, as it was answered; never changed. */
@Table("medication_free_pathway_change")
record PathwayChange(@Id UUID id, UUID courseId, LocalDate changedOn, UUID clinicianId, String clinicianName,
        ChangeKind kind, String reason, Instant createdAt, @Version Long version) {

    PathwayChangeView toView() {
        return new PathwayChangeView(id, courseId, changedOn, clinicianName, kind.name(), reason, createdAt);
    }
}
