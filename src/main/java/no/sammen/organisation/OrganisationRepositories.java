package no.sammen.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface HealthTrustRepository extends ListCrudRepository<HealthTrust, UUID> {
}

interface ClinicRepository extends ListCrudRepository<Clinic, UUID> {
}

interface UnitRepository extends ListCrudRepository<Unit, UUID> {

    boolean existsByClinicIdAndNameIgnoreCase(UUID clinicId, String name);
}

interface StaffRepository extends ListCrudRepository<Staff, UUID> {

    List<Staff> findByUnitIdOrderByFullName(UUID unitId);
}
