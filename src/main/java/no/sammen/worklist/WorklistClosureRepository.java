package no.sammen.worklist;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface WorklistClosureRepository extends ListCrudRepository<WorklistClosure, UUID> {

    List<WorklistClosure> findByCourseId(UUID courseId);
}
