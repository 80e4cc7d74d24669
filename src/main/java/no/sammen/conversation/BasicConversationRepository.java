package no.sammen.conversation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BasicConversationRepository extends ListCrudRepository<BasicConversation, UUID> {

    @Query("select * from basic_conversation where course_id = :courseId order by held_on asc, created_at asc")
    List<BasicConversation> findByCourseIdOrderByHeldOnAscCreatedAtAsc(UUID courseId);
}
