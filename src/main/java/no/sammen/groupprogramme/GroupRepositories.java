package no.sammen.groupprogramme;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ProgrammeGroupRepository extends ListCrudRepository<ProgrammeGroup, UUID> {

    @Query("select * from programme_group where unit_id = :unitId and programme = :programme"
            + " order by starts_on desc, name, id")
    List<ProgrammeGroup> findOfUnit(@Param("unitId") UUID unitId, @Param("programme") String programme);

    @Query("select g.* from programme_group g where g.id in (select m.group_id from programme_group_member m"
            + " where m.course_id = :courseId) order by g.starts_on desc, g.id")
    List<ProgrammeGroup> findWithMember(@Param("courseId") UUID courseId);

    @Query("select g.* from programme_group g where g.programme = :programme and g.id in"
            + " (select m.group_id from programme_group_member m where m.course_id in (:courseIds))")
    List<ProgrammeGroup> findWithMembers(@Param("programme") String programme,
            @Param("courseIds") Collection<UUID> courseIds);
}

interface GroupSessionRepository extends ListCrudRepository<GroupSession, UUID> {

    List<GroupSession> findByGroupIdOrderByHeldOnDescStartsAtDesc(UUID groupId);

    @Query("select s.* from programme_session s where s.group_id in (:groupIds) order by s.held_on, s.id")
    List<GroupSession> findOfGroups(@Param("groupIds") Collection<UUID> groupIds);

    @Query("select s.* from programme_session s where s.id in (select p.session_id from programme_session_patient p"
            + " where p.course_id = :courseId) or s.id in (select r.session_id from programme_session_relative r"
            + " where r.course_id = :courseId) order by s.held_on desc, s.id")
    List<GroupSession> findAttendedBy(@Param("courseId") UUID courseId);

    @Query("select s.* from programme_session s join programme_group g on g.id = s.group_id"
            + " where g.programme = :programme and s.id in (select p.session_id from programme_session_patient p"
            + " where p.course_id in (:courseIds)) order by s.held_on desc, s.id")
    List<GroupSession> findCameTo(@Param("programme") String programme,
            @Param("courseIds") Collection<UUID> courseIds);
}

interface StaffQualificationRepository extends ListCrudRepository<StaffQualification, UUID> {

    List<StaffQualification> findByUnitIdOrderByQualifiedOnDesc(UUID unitId);
}

interface SupervisionRepository extends ListCrudRepository<Supervision, UUID> {

    List<Supervision> findByUnitIdOrderByHeldOnDesc(UUID unitId);
}
