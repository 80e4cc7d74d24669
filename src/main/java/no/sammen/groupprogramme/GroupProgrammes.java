package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.patient.CourseService;

import org.springframework.jdbc.core.simple.JdbcClient;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the group programmes: a unit's groups, a course's groups and sessions,
 * qualifications and supervision. Each answer is limited to what the acting user may see; none is
 * audited, since the caller writes the courses it shows to the audit log.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
public class GroupProgrammes {

    private final ProgrammeGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final StaffQualificationRepository qualifications;
    private final SupervisionRepository supervisions;
    private final GroupAccess access;
    private final CourseService courses;
    private final StaffNames names;
    private final GroupService service;
    private final JdbcClient jdbc;

    GroupProgrammes(ProgrammeGroupRepository groups, GroupSessionRepository sessions,
            StaffQualificationRepository qualifications, SupervisionRepository supervisions, GroupAccess access,
            CourseService courses, StaffNames names, GroupService service, JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
        this.groups = groups;
        this.sessions = sessions;
        this.qualifications = qualifications;
        this.supervisions = supervisions;
        this.access = access;
        this.courses = courses;
        this.names = names;
    }

    /** The unit's groups of a programme, newest start first, if the user belongs to the unit. */
    public List<GroupView> groupsOfUnit(UUID unitId, Programme programme) {
        access.reader(unitId);
        return groups.findOfUnit(unitId, programme.name()).stream().map(ProgrammeGroup::toView).toList();
    }

    /** The groups a course the user may read is a member of, newest start first. */
    public List<GroupView> groupsOfCourse(UUID courseId) {
        courses.readable(courseId);
        return groups.findWithMember(courseId).stream().map(ProgrammeGroup::toView).toList();
    }

    /** Of these courses, those in a planned or running group of the programme (any unit). */
    public Set<UUID> inOpenGroups(Programme programme, Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> asked = Set.copyOf(courseIds);
        return groups.findWithMembers(programme.name(), asked).stream().map(ProgrammeGroup::toView)
                .filter(g -> g.status() != GroupStatus.ENDED)
                .flatMap(g -> g.memberCourseIds().stream()).filter(asked::contains)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The sessions of groups of the user's units, oldest first. */
    public List<SessionView> sessionsOf(Collection<GroupView> shown) {
        shown.forEach(g -> access.reader(g.unitId()));
        return shown.isEmpty() ? List.of()
                : sessions.findOfGroups(shown.stream().map(GroupView::id).toList()).stream()
                        .map(GroupSession::toView).toList();
    }

    /** The sessions a course the user may read took part in (the patient or the family), newest first. */
    public List<SessionView> sessionsAttendedBy(UUID courseId) {
        courses.readable(courseId);
        return sessions.findAttendedBy(courseId).stream().map(GroupSession::toView).toList();
    }

    /**
     * The sessions of the programme that the patients of these courses came to, by course, newest first.
     * The caller has the courses from a list it may see, and audits what it shows.
     */
    public Map<UUID, List<SessionView>> sessionsCameTo(Programme programme, Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<SessionView>> byCourse = new HashMap<>();
        for (GroupSession s : sessions.findCameTo(programme.name(), Set.copyOf(courseIds))) {
            SessionView view = s.toView();
            view.patientCourseIds().stream().filter(courseIds::contains)
                    .forEach(c -> byCourse.computeIfAbsent(c, k -> new ArrayList<>()).add(view));
        }
        return byCourse;
    }

    /**
     * The days of the sessions held (with attendance) by the unit's groups of the programme, from one day
     * to another (both included), each session once however many came. An aggregate
     * without persons: the caller decides who may see it.
     */
    public List<LocalDate> heldOn(Programme programme, UUID unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.held_on from programme_session s join programme_group g on g.id = s.group_id
                where g.unit_id = :unit and g.programme = :programme
                and s.held_on >= :from and s.held_on <= :to
                and exists (select 1 from programme_session_patient p where p.session_id = s.id)
                order by s.held_on""").param("unit", unitId).param("programme", programme.name())
                .param("from", from).param("to", to)
                .query(LocalDate.class).list();
    }

    /** Sessions held by a programme's groups at a unit in a month, each once however many came. */
    public record HeldInMonth(UUID unitId, java.time.YearMonth month, long sessions) {
    }

    /**
     * {@link #heldOn}'s sessions up to a day, counted per unit and month in one grouped query: every unit's
     * ({@code unitId} null) or one unit's. An aggregate without persons.
     */
    public List<HeldInMonth> heldPerMonth(Programme programme, UUID unitId, LocalDate to) {
        var sql = jdbc.sql("""
                select g.unit_id, extract(year from s.held_on) as y, extract(month from s.held_on) as m, count(*) as held
                from programme_session s join programme_group g on g.id = s.group_id
                where g.programme = :programme and s.held_on <= :to%s
                and exists (select 1 from programme_session_patient p where p.session_id = s.id)
                group by g.unit_id, extract(year from s.held_on), extract(month from s.held_on)"""
                .formatted(unitId == null ? "" : " and g.unit_id = :unit"))
                .param("programme", programme.name()).param("to", to);
        if (unitId != null) {
            sql = sql.param("unit", unitId);
        }
        return sql.query((rs, n) -> new HeldInMonth(rs.getObject("unit_id", UUID.class),
                java.time.YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("held"))).list();
    }

    /**
     * Adds a course to a group, as its page does: the group's leader or the unit's coordinator or leader,
     * the course one the user may read; audited.
     */
    @Transactional
    public GroupView addMember(UUID groupId, UUID courseId, LocalDate joinedOn) {
        return service.addMember(groupId, courseId, joinedOn, Set.of());
    }

    /** A group the user may see (without its members' courses being shown). */
    public GroupView group(UUID groupId) {
        return service.readable(groupId);
    }

    public List<QualificationView> qualifications(UUID unitId) {
        access.reader(unitId);
        java.util.Map<UUID, String> staff = names.ofUnit(unitId);
        return qualifications.findByUnitIdOrderByQualifiedOnDesc(unitId).stream()
                .map(q -> names.view(q, staff)).toList();
    }

    public List<SupervisionView> supervisions(UUID unitId) {
        access.reader(unitId);
        return supervisions.findByUnitIdOrderByHeldOnDesc(unitId).stream().map(Supervision::toView).toList();
    }

    /** The unit's staff who may lead groups (its clinicians and coordinators), by id, in name order. */
    public java.util.Map<UUID, String> staffOfUnit(UUID unitId) {
        access.reader(unitId);
        return names.ofUnit(unitId);
    }
}
