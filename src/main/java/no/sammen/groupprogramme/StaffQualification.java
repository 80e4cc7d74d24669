package no.sammen.groupprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("staff_qualification")
record StaffQualification(@Id UUID id, UUID userId, UUID unitId, QualificationKind kind, LocalDate qualifiedOn,
        LocalDate validUntil, Instant createdAt, @Version Long version) {
}
