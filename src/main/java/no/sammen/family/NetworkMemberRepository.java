package no.sammen.family;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface NetworkMemberRepository extends ListCrudRepository<NetworkMember, UUID> {

    List<NetworkMember> findByCourseIdOrderByCreatedAt(UUID courseId);
}
