package no.sammen.groupprogramme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.coursefact.CourseFactService;
import no.sammen.family.NetworkMemberView;
import no.sammen.family.NetworkService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.Registrations;
import no.sammen.security.CurrentUser;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups, their members and sessions, for this module's pages and API. Every change and every read
 * of members is audited per course in the same transaction; a user sees and registers only members
 * whose courses are in their own units.
 */
@Service
@Transactional
class GroupService {

    static final String GROUP = "programme_group";
    static final String MEMBER = "programme_group_member";
    static final String SESSION = "programme_session";

    private final ProgrammeGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final GroupAccess access;
    private final CourseService courses;
    private final CourseRegistrations registrations;
    private final NetworkService network;
    private final OrganisationService organisation;
    private final StaffNames staff;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<ProgrammeCurriculum> curricula;
    private final CourseFactService facts;

    GroupService(ProgrammeGroupRepository groups, GroupSessionRepository sessions, GroupAccess access,
            CourseService courses, CourseRegistrations registrations, NetworkService network,
            OrganisationService organisation, StaffNames staff, AuditService audit, ApplicationEventPublisher events,
            Clock clock, List<ProgrammeCurriculum> curricula, CourseFactService facts) {
        this.curricula = List.copyOf(curricula);
        this.facts = facts;
        this.groups = groups;
        this.sessions = sessions;
        this.access = access;
        this.courses = courses;
        this.registrations = registrations;
        this.network = network;
        this.organisation = organisation;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    GroupView create(UUID unitId, Programme programme, GroupDetails details) {
        if (unitId == null || organisation.unit(unitId).isEmpty() || !access.me().belongsTo(unitId)) {
            throw new InvalidInputException(FieldProblem.of("unitId", "groupprogramme.unit.notYours"));
        }
        access.manager(unitId);
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkGroup(programme, details));
        checkLeaders(unitId, details, problems);
        throwIf(problems);
        ProgrammeGroup saved = groups.save(ProgrammeGroup.start(unitId, programme, details, clock.instant()));
        audit.record(new AuditRecord(AuditAction.CREATE, GROUP, saved.id().toString(), unitId, null,
                programme + " " + details.kind() + " " + details.status()));
        return saved.toView();
    }

    GroupView change(UUID groupId, long version, GroupDetails details) {
        ProgrammeGroup group = find(groupId);
        access.manager(group.unitId());
        Registrations.checkVersion(group.version(), version, GROUP);
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkGroup(group.programme(), details));
        checkLeaders(group.unitId(), details, problems);
        GroupView before = group.toView();
        if (details.kind() == GroupKind.SINGLE_FAMILY && before.members().size() > 1) {
            problems.add(FieldProblem.of("kind", "groupprogramme.member.singleFamily"));
        }
        if (problems.isEmpty()) {
            for (UUID course : before.memberCourseIds()) {
                clashes(groupId, course, details.kind(), details.status(), "status", problems);
            }
        }
        throwIf(problems);
        group.change(details, clock.instant());
        ProgrammeGroup saved = Registrations.save(() -> groups.save(group), GROUP);
        audit.record(new AuditRecord(AuditAction.UPDATE, GROUP, groupId.toString(), group.unitId(), null,
                details.kind() + " " + details.status() + (details.phase() == null ? "" : " " + details.phase())));
        return saved.toView();
    }

    /** Adds a course (and, in PEF, family members from its network map) to the group. */
    GroupView addMember(UUID groupId, UUID courseId, LocalDate joinedOn, Set<UUID> relativeIds) {
        ProgrammeGroup group = find(groupId);
        GroupView view = group.toView();
        access.sessionRegistrar(view);
        List<FieldProblem> problems = new ArrayList<>(
                GroupRules.checkMember(view, courseId, joinedOn, registrations.today()));
        CourseView course = null;
        if (courseId != null && courses.readable(Set.of(courseId)).isEmpty()) {
            problems.add(FieldProblem.of("courseId", "groupprogramme.member.course.notFound"));
        } else if (courseId != null) {
            course = registrations.toRead(courseId);
            clashes(groupId, courseId, view.kind(), view.status(), "courseId", problems);
            curriculum(view.programme()).flatMap(c -> c.whyNotMember(courseId))
                    .ifPresent(key -> problems.add(FieldProblem.of("courseId", key)));
            relatives(view.programme(), courseId, relativeIds, problems);
        }
        throwIf(problems);
        group.addMember(courseId, joinedOn, relativeIds, clock.instant());
        ProgrammeGroup saved = Registrations.save(() -> groups.save(group), GROUP);
        registrations.audit(AuditAction.CREATE, MEMBER, groupId, course,
                "group " + groupId + ", " + relativeIds.size() + " family member(s)");
        return saved.toView();
    }

    GroupView changeRelatives(UUID groupId, UUID courseId, Set<UUID> relativeIds) {
        ProgrammeGroup group = find(groupId);
        GroupView view = group.toView();
        access.sessionRegistrar(view);
        CourseView course = visibleMember(view, courseId);
        List<FieldProblem> problems = new ArrayList<>();
        relatives(view.programme(), courseId, relativeIds, problems);
        throwIf(problems);
        group.setRelatives(courseId, relativeIds, clock.instant());
        ProgrammeGroup saved = Registrations.save(() -> groups.save(group), GROUP);
        registrations.audit(AuditAction.UPDATE, MEMBER, groupId, course,
                "group " + groupId + ", " + relativeIds.size() + " family member(s)");
        return saved.toView();
    }

    GroupView removeMember(UUID groupId, UUID courseId) {
        ProgrammeGroup group = find(groupId);
        GroupView view = group.toView();
        access.sessionRegistrar(view);
        CourseView course = visibleMember(view, courseId);
        group.removeMember(courseId, clock.instant());
        ProgrammeGroup saved = Registrations.save(() -> groups.save(group), GROUP);
        registrations.audit(AuditAction.DELETE, MEMBER, groupId, course, "group " + groupId);
        return saved.toView();
    }

    SessionView registerSession(UUID groupId, SessionRegistration r) {
        ProgrammeGroup group = find(groupId);
        GroupView view = group.toView();
        CurrentUser me = access.sessionRegistrar(view);
        Map<UUID, UUID> courseOfRelative = checkedSession(view, r, null);
        GroupPhase phase = view.programme().phased() ? (r.phase() != null ? r.phase() : view.phase()) : null;
        GroupSession saved = sessions.save(GroupSession.register(groupId, r, phase, courseOfRelative,
                clock.instant()));
        if (r.attendanceRegistered()) {
            group.sessionHeld(clock.instant());
            Registrations.save(() -> groups.save(group), GROUP);
            events.publishEvent(new GroupSessionHeld(saved.id(), groupId, view.unitId(), view.programme(),
                    r.heldOn(), r.leaderIds().isEmpty() ? view.leaderIds() : List.copyOf(r.leaderIds()),
                    r.patientCourseIds().size(), r.relativeIds().size()));
        }
        auditSession(AuditAction.CREATE, view, saved.id(), saved.attendingCourses(), r.patientCourseIds(), me,
                "registered");
        return saved.toView();
    }

    /**
     * Changes a session at the version read. The attendance of members the user may not see stays as it
     * was, and then the day stays too (it must lie inside their courses, which the user may not see).
     */
    SessionView changeSession(UUID groupId, UUID sessionId, long version, SessionRegistration r) {
        ProgrammeGroup group = find(groupId);
        GroupView view = group.toView();
        CurrentUser me = access.sessionRegistrar(view);
        GroupSession session = findSession(groupId, sessionId);
        Registrations.checkVersion(session.version(), version, SESSION);
        SessionView before = session.toView();
        Set<UUID> visible = courses.readable(view.memberCourseIds());
        Set<UUID> kept = session.attendingCourses().stream().filter(c -> !visible.contains(c))
                .collect(Collectors.toSet());
        Map<UUID, UUID> courseOfRelative = checkedSession(view, r,
                kept.isEmpty() || before.heldOn().equals(r.heldOn()) ? null : "groupprogramme.session.dayWithOthers");
        Set<UUID> attendedBefore = session.attendingCourses();
        GroupPhase phase = view.programme().phased() ? (r.phase() != null ? r.phase() : before.phase()) : null;
        session.change(r, phase, courseOfRelative, kept, clock.instant());
        GroupSession saved = Registrations.save(() -> sessions.save(session), SESSION);
        if (r.attendanceRegistered()) {
            group.sessionHeld(clock.instant());
            Registrations.save(() -> groups.save(group), GROUP);
        }
        Set<UUID> gone = new HashSet<>(attendedBefore);
        gone.removeAll(saved.attendingCourses());
        gone.forEach(c -> facts.refresh(c, GroupCourseFacts.class));
        Set<UUID> touched = new HashSet<>(attendedBefore);
        touched.addAll(saved.attendingCourses());
        touched.removeAll(kept);
        auditSession(AuditAction.UPDATE, view, sessionId, touched, r.patientCourseIds(), me,
                "changed from " + before.heldOn() + " to " + r.heldOn());
        return saved.toView();
    }

    /**
     * Deletes a session at the version read, with its attendance; refused while members the user may not
     * see came to it, whose registrations the user would delete unseen.
     */
    void deleteSession(UUID groupId, UUID sessionId, long version) {
        ProgrammeGroup group = find(groupId);
        GroupView view = group.toView();
        CurrentUser me = access.sessionRegistrar(view);
        GroupSession session = findSession(groupId, sessionId);
        Registrations.checkVersion(session.version(), version, SESSION);
        Set<UUID> attended = session.attendingCourses();
        if (!courses.readable(attended).containsAll(attended)) {
            throw new InvalidInputException(FieldProblem.of("version", "groupprogramme.session.deleteOthers"));
        }
        Registrations.save(() -> {
            sessions.delete(session);
            return session;
        }, SESSION);
        attended.forEach(c -> facts.refresh(c, GroupCourseFacts.class));
        auditSession(AuditAction.DELETE, view, sessionId, attended, Set.of(), me,
                "deleted, held " + session.toView().heldOn());
    }

    /** One session of the group with the attendance the user may see, for its edit page: an audited read. */
    SessionView readSession(UUID groupId, UUID sessionId) {
        GroupView group = forSessions(groupId);
        GroupSession session = findSession(groupId, sessionId);
        Set<UUID> shown = courses.listed(session.attendingCourses().stream().toList(),
                "programme session " + sessionId).stream().map(CourseView::id).collect(Collectors.toSet());
        if (shown.isEmpty()) {
            audit.record(new AuditRecord(AuditAction.READ, SESSION, sessionId.toString(), group.unitId(), null,
                    "group " + groupId + ", no attendance shown"));
        }
        return session.toView().limitedTo(shown);
    }

    /** Whether members the user may not see came to the session. */
    boolean othersCame(UUID groupId, UUID sessionId) {
        Set<UUID> attended = findSession(groupId, sessionId).attendingCourses();
        return !courses.readable(attended).containsAll(attended);
    }

    /** The modules a group's sessions may work on, if its programme has a curriculum. */
    List<ProgrammeCurriculum.Module> modules(Programme programme, java.util.Locale locale) {
        return curriculum(programme).map(c -> c.modules(locale)).orElse(List.of());
    }

    /**
     * Checks a session against the rules, its attendance against the visible members and the days of
     * their courses; returns each family member's course. {@code dayKey}, when given, is a refusal of
     * the day.
     */
    private Map<UUID, UUID> checkedSession(GroupView view, SessionRegistration r, String dayKey) {
        Set<UUID> visible = courses.readable(view.memberCourseIds());
        Map<UUID, UUID> courseOfRelative = new HashMap<>();
        view.members().stream().filter(m -> visible.contains(m.courseId()))
                .forEach(m -> m.relativeIds().forEach(rel -> courseOfRelative.put(rel, m.courseId())));
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkSession(view, r, courseOfRelative.keySet(),
                registrations.today()));
        if (!visible.containsAll(r.patientCourseIds()) && problems.stream()
                .noneMatch(p -> p.field().equals("patientCourseIds"))) {
            problems.add(FieldProblem.of("patientCourseIds", "groupprogramme.session.notMember"));
        }
        Optional<ProgrammeCurriculum> curriculum = curriculum(view.programme());
        problems.addAll(GroupRules.checkCurriculum(view.programme(), r, staff.ofUnit(view.unitId()).keySet(),
                id -> curriculum.map(c -> c.knows(id)).orElse(false)));
        if (dayKey != null) {
            problems.add(FieldProblem.of("heldOn", dayKey));
        }
        if (problems.isEmpty() && r.attendanceRegistered()) {
            Set<UUID> attending = new HashSet<>(r.patientCourseIds());
            r.relativeIds().forEach(rel -> attending.add(courseOfRelative.get(rel)));
            problems.addAll(GroupRules.checkInCourses(r.heldOn(), attending.stream().map(registrations::toRead)
                    .map(c -> new GroupRules.Attending(c.displayLabel(), c.startDate(), c.endDate())).toList(),
                    registrations.today()));
        }
        throwIf(problems);
        return courseOfRelative;
    }

    private void auditSession(AuditAction action, GroupView view, UUID sessionId, Set<UUID> attending,
            Set<UUID> patients, CurrentUser me, String what) {
        if (attending.isEmpty()) {
            audit.record(new AuditRecord(action, SESSION, sessionId.toString(), view.unitId(), null,
                    "group " + view.id() + ", " + what + ", no attendance"));
        }
        for (UUID courseId : attending) {
            registrations.audit(action, SESSION, sessionId, registrations.toRead(courseId),
                    "group " + view.id() + ", " + what + (patients.contains(courseId) ? ", patient came" : "")
                            + " by " + me.username());
        }
    }

    private Optional<ProgrammeCurriculum> curriculum(Programme programme) {
        return curricula.stream().filter(c -> c.programme() == programme).findFirst();
    }

    private GroupSession findSession(UUID groupId, UUID sessionId) {
        return sessions.findById(sessionId).filter(s -> s.groupId().equals(groupId))
                .orElseThrow(() -> new NotFoundException(SESSION));
    }

    /** The group as the user may see it; each member course shown is an audited read. */
    GroupPage page(UUID groupId) {
        GroupView group = readable(groupId);
        CurrentUser me = access.me();
        List<CourseView> shown = courses.listed(group.memberCourseIds(), "programme group " + groupId);
        Map<UUID, CourseView> byId = shown.stream().collect(Collectors.toMap(CourseView::id, Function.identity()));
        Map<UUID, NetworkMemberView> relatives = new HashMap<>();
        List<GroupPage.MemberRow> rows = new ArrayList<>();
        for (GroupView.MemberView m : group.members()) {
            CourseView course = byId.get(m.courseId());
            if (course == null) {
                continue;
            }
            List<NetworkMemberView> map = group.programme().withFamilies() ? network.members(course.id()) : List.of();
            map.forEach(n -> relatives.put(n.id(), n));
            rows.add(new GroupPage.MemberRow(course, m,
                    map.stream().filter(n -> m.relativeIds().contains(n.id())).toList(), map));
        }
        List<GroupPage.SessionRow> sessionRows = sessions.findByGroupIdOrderByHeldOnDescStartsAtDesc(groupId).stream()
                .map(GroupSession::toView).map(s -> {
                    List<String> patients = s.patientCourseIds().stream().filter(byId::containsKey)
                            .map(id -> byId.get(id).displayLabel()).toList();
                    List<String> came = s.relatives().stream().map(a -> relatives.get(a.networkMemberId()))
                            .filter(java.util.Objects::nonNull).map(NetworkMemberView::name).toList();
                    int others = s.patientCourseIds().size() - patients.size() + s.relatives().size() - came.size();
                    return new GroupPage.SessionRow(s, patients, came, others);
                }).toList();
        Map<UUID, String> names = staff.ofUnit(group.unitId());
        String unitName = organisation.unit(group.unitId()).map(UnitView::name).orElse("");
        boolean manages = GroupAccess.mayManage(me, group.unitId());
        return new GroupPage(group, unitName, group.leaderIds().stream().map(id -> names.getOrDefault(id, "–"))
                .toList(), rows, group.members().size() - rows.size(), sessionRows, manages,
                manages || group.leaderIds().contains(me.id()) && me.mayWriteCourses());
    }

    /** The group with only the members the user may see, for the API; each shown is an audited read. */
    GroupView read(UUID groupId) {
        GroupView group = readable(groupId);
        Set<UUID> shown = courses.listed(group.memberCourseIds(), "programme group " + groupId).stream()
                .map(CourseView::id).collect(Collectors.toSet());
        return new GroupView(group.id(), group.unitId(), group.programme(), group.kind(), group.name(),
                group.schedule(), group.startsOn(), group.plannedEndOn(), group.phase(), group.status(),
                group.leaderIds(), group.coLeaders(),
                group.members().stream().filter(m -> shown.contains(m.courseId())).toList(), group.version());
    }

    /** The unit's groups of a programme with the members the user may see, for the API; audited per course. */
    List<GroupView> readOfUnit(UUID unitId, Programme programme) {
        access.reader(unitId);
        return groups.findOfUnit(unitId, programme.name()).stream().map(g -> read(g.id())).toList();
    }

    /** The group's sessions with the attendance the user may see, for the API; each course shown is audited. */
    List<SessionView> sessions(UUID groupId) {
        GroupView group = readable(groupId);
        Set<UUID> shown = courses.listed(group.memberCourseIds(), "programme group " + groupId + " sessions")
                .stream().map(CourseView::id).collect(Collectors.toSet());
        return sessions.findByGroupIdOrderByHeldOnDescStartsAtDesc(groupId).stream().map(GroupSession::toView)
                .map(s -> s.limitedTo(shown)).toList();
    }

    /** The group, if the user belongs to its unit or may read one of its members' courses. */
    GroupView readable(UUID groupId) {
        GroupView group = find(groupId).toView();
        CurrentUser me = access.me();
        if (!me.mayReadCourses()
                || !me.belongsTo(group.unitId()) && courses.readable(group.memberCourseIds()).isEmpty()) {
            throw new NotFoundException("group");
        }
        return group;
    }

    /** The group, for a page that manages it: its unit's coordinator or leader only. */
    GroupView managed(UUID groupId) {
        GroupView group = readable(groupId);
        access.manager(group.unitId());
        return group;
    }

    /** The group, for a page that registers its sessions or members. */
    GroupView forSessions(UUID groupId) {
        GroupView group = readable(groupId);
        access.sessionRegistrar(group);
        return group;
    }

    private ProgrammeGroup find(UUID groupId) {
        return groups.findById(groupId).orElseThrow(() -> new NotFoundException("group"));
    }

    private CourseView visibleMember(GroupView group, UUID courseId) {
        if (!group.hasMember(courseId) || courses.readable(Set.of(courseId)).isEmpty()) {
            throw new NotFoundException(MEMBER);
        }
        return registrations.toRead(courseId);
    }

    private void checkLeaders(UUID unitId, GroupDetails details, List<FieldProblem> problems) {
        if (!staff.ofUnit(unitId).keySet().containsAll(details.leaderIds())) {
            problems.add(FieldProblem.of("leaderIds", "groupprogramme.leaders.notInUnit"));
        }
    }

    /** A family in at most one running multi-family group at once. */
    private void clashes(UUID groupId, UUID courseId, GroupKind kind, GroupStatus status, String field,
            List<FieldProblem> problems) {
        groups.findWithMember(courseId).stream().filter(g -> !g.id().equals(groupId)).map(ProgrammeGroup::toView)
                .filter(other -> GroupRules.clash(kind, status, other)).findFirst()
                .ifPresent(other -> problems.add(FieldProblem.of(field, "groupprogramme.member.inOtherGroup",
                        other.name())));
    }

    private void relatives(Programme programme, UUID courseId, Set<UUID> relativeIds, List<FieldProblem> problems) {
        if (relativeIds.isEmpty()) {
            return;
        }
        if (!programme.withFamilies()) {
            problems.add(FieldProblem.of("relativeIds", "groupprogramme.member.noFamilies"));
            return;
        }
        try {
            network.requireMembers(courseId, new HashSet<>(relativeIds), "relativeIds");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static void throwIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
