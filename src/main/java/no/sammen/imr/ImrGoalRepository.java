package no.sammen.imr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ImrGoalRepository extends ListCrudRepository<ImrGoal, UUID> {

    @Query("select * from imr_goal where course_id = :courseId order by created_at")
    List<ImrGoal> findByCourseIdOrderByCreatedAt(UUID courseId);

    List<ImrGoal> findByCourseIdIn(Collection<UUID> courseIds);
}
