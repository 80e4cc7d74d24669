package no.sammen.family;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CourseFamilyRepository extends ListCrudRepository<CourseFamily, UUID> {
}

interface MemberConsentRepository extends ListCrudRepository<MemberConsent, UUID> {

    @Query("select * from member_consent where course_id = :courseId")
    List<MemberConsent> findByCourseId(UUID courseId);

    List<MemberConsent> findByCourseIdAndMemberId(UUID courseId, UUID memberId);
}

interface RelativeContactRepository extends ListCrudRepository<RelativeContact, UUID> {

    @Query("select * from relative_contact where course_id = :courseId order by contacted_at")
    List<RelativeContact> findByCourseIdOrderByContactedAt(UUID courseId);
}
