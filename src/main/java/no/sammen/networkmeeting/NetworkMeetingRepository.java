package no.sammen.networkmeeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface NetworkMeetingRepository extends ListCrudRepository<NetworkMeeting, UUID> {

    List<NetworkMeeting> findByCourseIdOrderByCreatedAt(UUID courseId);

    boolean existsByCourseId(UUID courseId);
}
