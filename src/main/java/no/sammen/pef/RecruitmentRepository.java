package no.sammen.pef;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecruitmentRepository extends ListCrudRepository<Recruitment, UUID> {

    @Query("select * from pef_recruitment where course_id = :courseId order by recorded_at desc, id desc")
    List<Recruitment> findByCourseIdOrderByRecordedAtDescIdDesc(UUID courseId);
}
