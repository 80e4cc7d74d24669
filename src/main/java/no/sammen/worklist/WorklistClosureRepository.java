package no.sammen.worklist;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WorklistClosureRepository extends ListCrudRepository<WorklistClosure, UUID> {

    @Query("select * from worklist_closure where course_id = :courseId")
    List<WorklistClosure> findByCourseId(UUID courseId);
}
