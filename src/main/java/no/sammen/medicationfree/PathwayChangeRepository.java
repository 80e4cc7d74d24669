package no.sammen.medicationfree;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PathwayChangeRepository extends ListCrudRepository<PathwayChange, UUID> {

    List<PathwayChange> findByCourseIdOrderByCreatedAt(UUID courseId);
}
