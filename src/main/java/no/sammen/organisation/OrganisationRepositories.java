package no.sammen.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface HealthTrustRepository extends ListCrudRepository<HealthTrust, UUID> {

    boolean existsByNameIgnoreCase(String name);
}

interface ClinicRepository extends ListCrudRepository<Clinic, UUID> {

    boolean existsByTrustIdAndNameIgnoreCase(UUID trustId, String name);

    boolean existsByTrustId(UUID trustId);
}

interface UnitRepository extends ListCrudRepository<Unit, UUID> {

    boolean existsByClinicIdAndNameIgnoreCase(UUID clinicId, String name);

    boolean existsByClinicId(UUID clinicId);
}

interface StaffRepository extends ListCrudRepository<Staff, UUID> {

    List<Staff> findByUnitIdOrderByFullName(UUID unitId);
}
