package no.sammen.family;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NetworkMemberRepository extends ListCrudRepository<NetworkMember, UUID> {

    @Query("select * from network_member where course_id = :courseId order by created_at")
    List<NetworkMember> findByCourseIdOrderByCreatedAt(UUID courseId);
}
