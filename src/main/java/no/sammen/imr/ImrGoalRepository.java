package no.sammen.imr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImrGoalRepository extends ListCrudRepository<ImrGoal, UUID> {

    List<ImrGoal> findByCourseIdOrderByCreatedAt(UUID courseId);

    List<ImrGoal> findByCourseIdIn(Collection<UUID> courseIds);
}
