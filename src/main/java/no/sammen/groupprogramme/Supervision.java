package no.sammen.groupprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("supervision_session")
record Supervision(@Id UUID id, UUID unitId, Programme programme, LocalDate heldOn, UUID supervisorId,
        String supervisorName, UUID groupId, String note,
        @MappedCollection(idColumn = "supervision_id") Set<Attendee> attendees, Instant createdAt,
        @Version Long version) {

    @Table("supervision_attendee")
    record Attendee(UUID userId) {
    }

    SupervisionView toView() {
        return new SupervisionView(id, unitId, programme, heldOn, supervisorId, supervisorName, groupId,
                attendees.stream().map(Attendee::userId).sorted().toList(), note, version == null ? 0 : version);
    }
}
