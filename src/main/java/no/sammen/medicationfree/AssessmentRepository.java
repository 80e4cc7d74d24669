package no.sammen.medicationfree;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<Assessment, UUID> {

    List<Assessment> findByCourseIdOrderByCreatedAt(UUID courseId);
}
