package no.sammen.imr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ImrSessionRepository extends ListCrudRepository<ImrSession, UUID> {

    @Query("select * from imr_session where course_id = :courseId order by held_on desc, created_at desc")
    List<ImrSession> findByCourseIdOrderByHeldOnDescCreatedAtDesc(UUID courseId);

    List<ImrSession> findByCourseIdIn(Collection<UUID> courseIds);
}
