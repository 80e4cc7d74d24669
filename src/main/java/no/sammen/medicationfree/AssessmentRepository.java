package no.sammen.medicationfree;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<Assessment, UUID> {

    @Query("select * from medication_free_assessment where course_id = :courseId order by created_at")
    List<Assessment> findByCourseIdOrderByCreatedAt(UUID courseId);
}
