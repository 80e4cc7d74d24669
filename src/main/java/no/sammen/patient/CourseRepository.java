package no.sammen.patient;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CourseRepository extends ListCrudRepository<TreatmentCourse, UUID> {

    boolean existsByPatientIdAndUnitIdAndEndDateIsNull(UUID patientId, UUID unitId);
}
