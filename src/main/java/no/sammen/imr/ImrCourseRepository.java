package no.sammen.imr;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImrCourseRepository extends ListCrudRepository<ImrCourse, UUID> {

    Optional<ImrCourse> findByCourseId(UUID courseId);

    List<ImrCourse> findByCourseIdIn(Collection<UUID> courseIds);
}
