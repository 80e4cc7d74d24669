package no.sammen.conversation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CrisisPlanRepository extends ListCrudRepository<CrisisPlan, UUID> {

    Optional<CrisisPlan> findByCourseId(UUID courseId);
}
