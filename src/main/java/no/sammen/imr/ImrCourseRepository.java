package no.sammen.imr;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ImrCourseRepository extends ListCrudRepository<ImrCourse, UUID> {

    @Query("select * from imr_course where course_id = :courseId")
    Optional<ImrCourse> findByCourseId(UUID courseId);

    List<ImrCourse> findByCourseIdIn(Collection<UUID> courseIds);
}
