package no.sammen.shareddecision;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface SharedDecisionRepository extends ListCrudRepository<SharedDecision, UUID> {

    /** The course's decisions, the latest decided first. */
    List<SharedDecision> findByCourseIdOrderByDecidedOnDescCreatedAtDesc(java.util.UUID courseId);
}
