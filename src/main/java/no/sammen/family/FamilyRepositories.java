package no.sammen.family;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CourseFamilyRepository extends ListCrudRepository<CourseFamily, UUID> {
}

interface MemberConsentRepository extends ListCrudRepository<MemberConsent, UUID> {

    List<MemberConsent> findByCourseId(UUID courseId);

    List<MemberConsent> findByCourseIdAndMemberId(UUID courseId, UUID memberId);
}

interface RelativeContactRepository extends ListCrudRepository<RelativeContact, UUID> {

    List<RelativeContact> findByCourseIdOrderByContactedAt(UUID courseId);
}
