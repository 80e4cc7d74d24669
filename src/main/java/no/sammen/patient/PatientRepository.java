package no.sammen.patient;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PatientRepository extends ListCrudRepository<Patient, UUID> {

    Optional<Patient> findByTrustIdAndPseudonym(UUID trustId, String pseudonym);
}
