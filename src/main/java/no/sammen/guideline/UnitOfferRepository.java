package no.sammen.guideline;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UnitOfferRepository extends ListCrudRepository<UnitOfferSet, UUID> {
}
