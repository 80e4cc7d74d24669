package no.sammen.shareddecision;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SharedDecisionRepository extends ListCrudRepository<SharedDecision, UUID> {

    /** The course's decisions, the latest decided first. */
    @Query("select * from shared_decision where course_id = :courseId order by decided_on desc, created_at desc")
    List<SharedDecision> findByCourseIdOrderByDecidedOnDescCreatedAtDesc(java.util.UUID courseId);
}
