package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ImrReferralRepository extends ListCrudRepository<ImrReferral, UUID> {

    @Query("select * from imr_referral where course_id = :courseId order by referred_on desc")
    List<ImrReferral> findByCourseIdOrderByReferredOnDesc(UUID courseId);

    @Query("select * from imr_referral where taken_in_course_id = :courseId order by referred_on desc")
    List<ImrReferral> findByTakenInCourseIdOrderByReferredOnDesc(UUID courseId);

    List<ImrReferral> findByToUnitIdAndReferredOnGreaterThanEqualOrderByReferredOnDesc(UUID toUnitId, LocalDate from);
}
