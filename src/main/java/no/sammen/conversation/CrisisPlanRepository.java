package no.sammen.conversation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CrisisPlanRepository extends ListCrudRepository<CrisisPlan, UUID> {

    @Query("select * from crisis_plan where course_id = :courseId")
    Optional<CrisisPlan> findByCourseId(UUID courseId);
}
