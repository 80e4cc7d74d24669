package no.sammen.pef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.GroupStatus;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.Programme;
import no.sammen.groupprogramme.QualificationKind;
import no.sammen.groupprogramme.QualificationView;
import no.sammen.groupprogramme.SessionView;
import no.sammen.groupprogramme.SupervisionView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.FreeText;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PEF recruitment per course, the unit's recruitment list and the PEF board. Registrations and the
 * reads of this module's pages and API are audited in the same transaction; {@link #current} is for
 * the course-page section, whose page view is audited already.
 */
@Service
@Transactional
class PefService {

    static final String OBJECT_TYPE = "pef_recruitment";

    private final RecruitmentRepository recruitments;
    private final CourseRegistrations courses;
    private final CourseService courseService;
    private final GroupProgrammes groups;
    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final JdbcClient jdbc;
    private final PefProperties properties;
    private final Clock clock;

    PefService(RecruitmentRepository recruitments, CourseRegistrations courses, CourseService courseService,
            GroupProgrammes groups, OrganisationService organisation, CurrentUserService users, JdbcClient jdbc,
            PefProperties properties, Clock clock) {
        this.recruitments = recruitments;
        this.courses = courses;
        this.courseService = courseService;
        this.groups = groups;
        this.organisation = organisation;
        this.users = users;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    RecruitmentView register(UUID courseId, RecruitmentState state, LocalDate stateOn, String reason) {
        CourseView course = courses.toChange(courseId);
        List<no.sammen.shared.FieldProblem> problems = RecruitmentRules.check(state, stateOn, reason, course,
                courses.today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CurrentUser me = users.current();
        Instant now = clock.instant();
        Optional<Recruitment> latest = recruitments.findByCourseIdOrderByRecordedAtDescIdDesc(courseId).stream()
                .findFirst();
        // the latest state is the one recorded last: two registrations never share an instant
        if (latest.isPresent() && !now.isAfter(latest.get().recordedAt())) {
            now = latest.get().recordedAt().plusMillis(1);
        }
        Recruitment saved = recruitments.save(new Recruitment(UUID.randomUUID(), courseId, state,
                state.needsDate() ? stateOn : null, me.id(), me.displayName(),
                state.needsReason() ? FreeText.stripToNull(reason) : null, now, null));
        courses.audit(AuditAction.CREATE, OBJECT_TYPE, saved.id(), course, "course " + courseId + ", " + state);
        return saved.toView();
    }

    /** The state in force, if any was registered. Not audited: part of the course page. */
    @Transactional(readOnly = true)
    Optional<RecruitmentView> current(UUID courseId) {
        courses.toRead(courseId);
        return recruitments.findByCourseIdOrderByRecordedAtDescIdDesc(courseId).stream().findFirst()
                .map(Recruitment::toView);
    }

    /** Every state registered, newest first: an audited read. */
    List<RecruitmentView> history(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        List<RecruitmentView> found = recruitments.findByCourseIdOrderByRecordedAtDescIdDesc(courseId).stream()
                .map(Recruitment::toView).toList();
        courses.audit(AuditAction.LIST, OBJECT_TYPE, null, course, "course " + courseId + ", " + found.size()
                + " state(s)");
        return found;
    }

    private static final String LATEST_STATE = "(select r.state from pef_recruitment r where r.course_id = f.course_id"
            + " order by r.recorded_at desc, r.id desc fetch first 1 row only)";
    private static final String TO_RECRUIT = " from course_fact f where f.unit_id = :unit and f.end_date is null"
            + " and f.psychosis = true and f.start_date <= :cutoff and coalesce(" + LATEST_STATE
            + ", 'NOT_CONSIDERED') = 'NOT_CONSIDERED'";

    /**
     * The unit's psychosis courses active at least {@code recruitAfterDays} and not yet offered PEF
     * (nothing registered, or «not considered»), longest active first, one page: an audited list.
     */
    PageOf<CourseView> recruitmentList(UUID unitId, int page) {
        unit(unitId);
        int size = properties.pageSize();
        LocalDate cutoff = courses.today().minusDays(properties.recruitAfterDays());
        long total = jdbc.sql("select count(*)" + TO_RECRUIT).param("unit", unitId).param("cutoff", cutoff)
                .query(Long.class).single();
        int last = (int) Math.max((total + size - 1) / size - 1, 0);
        int shown = Math.min(Math.max(page, 0), last);
        List<UUID> ids = jdbc.sql("select f.course_id" + TO_RECRUIT
                        + " order by f.start_date, f.course_id limit :limit offset :offset")
                .param("unit", unitId).param("cutoff", cutoff).param("limit", size)
                .param("offset", (long) shown * size).query(UUID.class).list();
        List<CourseView> items = courseService.listed(ids, "PEF recruitment list");
        return new PageOf<>(items, shown, size, total);
    }

    /** The unit's PEF board; every course shown (families waiting) is an audited read. */
    PefBoard board(UUID unitId) {
        UnitView unit = unit(unitId);
        LocalDate today = courses.today();
        List<GroupView> all = groups.groupsOfUnit(unitId, Programme.PEF);
        List<SessionView> sessions = groups.sessionsOf(all);
        Map<UUID, String> staff = groups.staffOfUnit(unitId);
        List<PefBoard.GroupRow> running = new ArrayList<>();
        List<PefBoard.GroupRow> planned = new ArrayList<>();
        for (GroupView g : all) {
            List<SessionView> own = sessions.stream().filter(s -> s.groupId().equals(g.id())).toList();
            LocalDate next = own.stream().filter(s -> !s.attendanceRegistered() && !s.heldOn().isBefore(today))
                    .map(SessionView::heldOn).min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = own.stream().filter(SessionView::attendanceRegistered).map(SessionView::heldOn)
                    .max(Comparator.naturalOrder()).orElse(null);
            PefBoard.GroupRow row = new PefBoard.GroupRow(g, g.leaderIds().stream()
                    .map(id -> staff.getOrDefault(id, "–")).toList(), next, last,
                    (int) own.stream().filter(SessionView::attendanceRegistered).count(), g.members().size());
            if (g.status() == GroupStatus.RUNNING) {
                running.add(row);
            } else if (g.status() == GroupStatus.PLANNED) {
                planned.add(row);
            }
        }
        List<UUID> accepted = jdbc.sql("select f.course_id from course_fact f where f.unit_id = :unit"
                        + " and f.end_date is null and " + LATEST_STATE + " = 'ACCEPTED' order by f.start_date, f.course_id")
                .param("unit", unitId).query(UUID.class).list();
        Set<UUID> grouped = groups.inOpenGroups(Programme.PEF, accepted);
        List<CourseView> waiting = courseService.listed(accepted.stream().filter(id -> !grouped.contains(id))
                .toList(), "PEF board: families waiting");
        List<SupervisionView> supervisions = groups.supervisions(unitId);
        List<PefBoard.LeaderRow> leaders = groups.qualifications(unitId).stream()
                .filter(q -> q.kind() == QualificationKind.PEF_GROUP_LEADER
                        || q.kind() == QualificationKind.PEF_SUPERVISOR)
                .filter(q -> q.validOn(today))
                .map(q -> leaderRow(q, all, supervisions)).toList();
        List<UUID> active = jdbc.sql("select f.course_id from course_fact f where f.unit_id = :unit"
                        + " and f.end_date is null and f.psychosis = true")
                .param("unit", unitId).query(UUID.class).list();
        int inPef = groups.inOpenGroups(Programme.PEF, active).size();
        return new PefBoard(unitId, unit.name(), running, planned, waiting, leaders, active.size(), inPef);
    }

    private static PefBoard.LeaderRow leaderRow(QualificationView q, List<GroupView> all,
            List<SupervisionView> supervisions) {
        List<UUID> led = all.stream().filter(g -> g.status() != GroupStatus.ENDED)
                .filter(g -> g.leaderIds().contains(q.userId())).map(GroupView::id).toList();
        LocalDate last = supervisions.stream().filter(s -> s.programme() == Programme.PEF)
                .filter(s -> s.attendeeIds().contains(q.userId()) || s.groupId() != null && led.contains(s.groupId()))
                .map(SupervisionView::heldOn).max(Comparator.naturalOrder()).orElse(null);
        return new PefBoard.LeaderRow(q, led.size(), last);
    }

    /** The unit, if the user belongs to it and reads courses; otherwise "not found". */
    UnitView unit(UUID unitId) {
        CurrentUser me = users.current();
        if (!me.mayReadCourses() || !me.belongsTo(unitId)) {
            throw new NotFoundException("unit");
        }
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
    }

    /** The units whose PEF board the user may see. */
    @Transactional(readOnly = true)
    List<UnitView> myUnits() {
        CurrentUser me = users.current();
        return me.mayReadCourses() ? organisation.units(me.unitIds()).stream().filter(UnitView::active).toList()
                : List.of();
    }
}
