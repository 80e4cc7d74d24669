package no.sammen.conversation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface BasicConversationRepository extends ListCrudRepository<BasicConversation, UUID> {

    List<BasicConversation> findByCourseIdOrderByHeldOnAscCreatedAtAsc(UUID courseId);
}
