package no.sammen.imr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImrSessionRepository extends ListCrudRepository<ImrSession, UUID> {

    List<ImrSession> findByCourseIdOrderByHeldOnDescCreatedAtDesc(UUID courseId);

    List<ImrSession> findByCourseIdIn(Collection<UUID> courseIds);
}
