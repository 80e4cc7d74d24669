package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImrReferralRepository extends ListCrudRepository<ImrReferral, UUID> {

    List<ImrReferral> findByCourseIdOrderByReferredOnDesc(UUID courseId);

    List<ImrReferral> findByTakenInCourseIdOrderByReferredOnDesc(UUID courseId);

    List<ImrReferral> findByToUnitIdAndReferredOnGreaterThanEqualOrderByReferredOnDesc(UUID toUnitId, LocalDate from);
}
