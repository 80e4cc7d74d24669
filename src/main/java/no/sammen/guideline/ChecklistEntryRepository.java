package no.sammen.guideline;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ChecklistEntryRepository extends ListCrudRepository<ChecklistEntry, UUID> {

    List<ChecklistEntry> findByCourseIdOrderByRecommendationIdAscSequenceAsc(UUID courseId);
}
