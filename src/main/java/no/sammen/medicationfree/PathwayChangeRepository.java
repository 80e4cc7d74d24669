package no.sammen.medicationfree;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PathwayChangeRepository extends ListCrudRepository<PathwayChange, UUID> {

    @Query("select * from medication_free_pathway_change where course_id = :courseId order by created_at")
    List<PathwayChange> findByCourseIdOrderByCreatedAt(UUID courseId);
}
