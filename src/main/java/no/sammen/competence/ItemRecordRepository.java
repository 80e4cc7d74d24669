package no.sammen.competence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ItemRecordRepository extends ListCrudRepository<ItemRecord, UUID> {

    List<ItemRecord> findByStaffIdIn(Collection<UUID> staffIds);

    Optional<ItemRecord> findByStaffIdAndItemId(UUID staffId, String itemId);
}
