package no.sammen.networkmeeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NetworkMeetingRepository extends ListCrudRepository<NetworkMeeting, UUID> {

    @Query("select * from network_meeting where course_id = :courseId order by created_at")
    List<NetworkMeeting> findByCourseIdOrderByCreatedAt(UUID courseId);

    @Query("select count(*) > 0 from network_meeting where course_id = :courseId")
    boolean existsByCourseId(UUID courseId);
}
