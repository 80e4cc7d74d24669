package no.sammen.imr;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImrUnitSettingsRepository extends ListCrudRepository<ImrUnitSettings, UUID> {
}
