package no.sammen.guideline;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ChecklistEntryRepository extends ListCrudRepository<ChecklistEntry, UUID> {

    @Query("select * from guideline_checklist_entry where course_id = :courseId order by recommendation_id asc, sequence asc")
    List<ChecklistEntry> findByCourseIdOrderByRecommendationIdAscSequenceAsc(UUID courseId);
}
