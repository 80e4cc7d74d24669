package no.sammen.pef;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RecruitmentRepository extends ListCrudRepository<Recruitment, UUID> {

    List<Recruitment> findByCourseIdOrderByRecordedAtDescIdDesc(UUID courseId);
}
