package no.sammen.imr;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.indicator.IndicatorService;
import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.Programme;
import no.sammen.groupprogramme.SessionView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.Registrations;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMR per unit: its settings (the compulsory first module and the goal), kept by an administrator or
 * the unit's leader and audited like a change to the organisation; the sessions held per month (K6), an
 * aggregate for the unit's members, analysts and administrators; and the IMR board, a person-level list
 * for those who may read the unit's courses, each course and referral shown written to the audit log.
 */
@Service
@Transactional
class ImrUnitService {

    static final String SETTINGS = "imr_unit_settings";

    private final ImrUnitSettingsRepository settings;
    private final ImrCourseRepository imrCourses;
    private final ImrSessionRepository sessions;
    private final ImrReferralRepository referrals;
    private final ImrCurriculum curriculum;
    private final OrganisationService organisation;
    private final CourseService courses;
    private final CurrentUserService users;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final ImrSessionCounts counts;
    private final IndicatorService indicators;
    private final Clock clock;
    private final GroupProgrammes groups;
    private final ImrService imr;

    ImrUnitService(ImrUnitSettingsRepository settings, ImrCourseRepository imrCourses, ImrSessionRepository sessions,
            ImrReferralRepository referrals, ImrCurriculum curriculum, OrganisationService organisation,
            CourseService courses, CurrentUserService users, AuditService audit, JdbcClient jdbc,
            ImrSessionCounts counts, IndicatorService indicators, Clock clock, GroupProgrammes groups, ImrService imr) {
        this.counts = counts;
        this.indicators = indicators;
        this.groups = groups;
        this.imr = imr;
        this.settings = settings;
        this.imrCourses = imrCourses;
        this.sessions = sessions;
        this.referrals = referrals;
        this.curriculum = curriculum;
        this.organisation = organisation;
        this.courses = courses;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One ongoing IMR course on the board; {@code sessionsHeld} counts its individual sessions and the
     * group sessions its user came to.
     */
    record BoardRow(CourseView course, ImrCourseView imr, String currentModuleId, LocalDate lastSessionOn,
            long sessionsHeld) {
    }

    /**
     * The IMR board of a unit; {@code months} run from the later of the chart's first month and the
     * month IMR began at the unit to the month in progress, which is {@code provisionalMonth}.
     */
    record Board(UnitView unit, List<BoardRow> rows, List<ImrReferralView> referrals, ImrGoalProgress progress,
            List<ImrMonthCount> months, YearMonth provisionalMonth, List<GroupView> groups, boolean mayManageGroups) {
    }

    /** The units whose board the acting user may see: their own, if they may read courses. */
    @Transactional(readOnly = true)
    List<UnitView> boardUnits() {
        CurrentUser me = users.current();
        if (!me.mayReadCourses()) {
            return List.of();
        }
        return organisation.units(me.unitIds()).stream().filter(UnitView::active)
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name)).toList();
    }

    /**
     * The board: the unit's ongoing IMR courses with their current module (that of the latest session,
     * or the first chosen), next planned session and therapists; referrals received in the last year;
     * the goal counter; and the sessions per month of the last {@code months} months.
     */
    Board board(UUID unitId, int months) {
        CurrentUser me = users.current();
        UnitView unit = organisation.unit(unitId).filter(u -> me.mayReadCourses() && me.belongsTo(u.id()))
                .orElseThrow(() -> new NotFoundException("unit"));
        Map<UUID, CourseView> active = courses.activeCourses(unitId).stream()
                .collect(Collectors.toMap(CourseView::id, Function.identity()));
        List<ImrCourse> ongoing = active.isEmpty() ? List.of() : imrCourses.findByCourseIdIn(active.keySet()).stream()
                .filter(c -> c.toView().ongoing()).toList();
        Map<UUID, List<ImrSession>> byCourse = ongoing.isEmpty() ? Map.of()
                : sessions.findByCourseIdIn(ongoing.stream().map(ImrCourse::courseId).toList()).stream()
                        .collect(Collectors.groupingBy(ImrSession::courseId));
        Map<UUID, List<SessionView>> cameTo = groups.sessionsCameTo(Programme.IMR,
                ongoing.stream().map(ImrCourse::courseId).toList());
        List<BoardRow> rows = new ArrayList<>();
        for (ImrCourse c : ongoing) {
            ImrCourseView view = c.toView();
            List<ImrSession> held = byCourse.getOrDefault(c.courseId(), List.of());
            List<SessionView> inGroups = cameTo.getOrDefault(c.courseId(), List.of());
            Optional<ImrSession> latest = held.stream().max(Comparator.comparing(ImrSession::heldOn)
                    .thenComparing(ImrSession::createdAt));
            Optional<SessionView> latestInGroup = inGroups.stream().filter(s -> s.moduleId() != null)
                    .max(Comparator.comparing(SessionView::heldOn));
            boolean groupLater = latestInGroup.isPresent()
                    && (latest.isEmpty() || latestInGroup.get().heldOn().isAfter(latest.get().heldOn()));
            String module = groupLater ? latestInGroup.get().moduleId() : latest.map(ImrSession::moduleId)
                    .orElse(view.moduleIds().isEmpty() ? null : view.moduleIds().get(0));
            LocalDate last = groupLater ? latestInGroup.get().heldOn() : latest.map(ImrSession::heldOn).orElse(null);
            rows.add(new BoardRow(active.get(c.courseId()), view, module, last,
                    held.stream().filter(ImrSession::attended).count() + inGroups.size()));
        }
        rows.sort(Comparator.comparing((BoardRow r) -> r.imr().nextSessionOn(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(r -> r.course().displayLabel()));
        courses.shown(rows.stream().map(BoardRow::course).toList(), "IMR board of unit " + unitId);
        List<ImrReferralView> received = referrals
                .findByToUnitIdAndReferredOnGreaterThanEqualOrderByReferredOnDesc(unitId, today().minusYears(1))
                .stream().map(r -> {
                    audit.record(new AuditRecord(AuditAction.LIST, ImrService.REFERRAL, r.id().toString(), unitId,
                            r.patientKey(), "IMR board of unit " + unitId + ", referral received"));
                    return r.toView(organisation.unit(r.fromUnitId()).map(UnitView::name).orElse(""), unit.name());
                }).toList();
        YearMonth to = YearMonth.from(today());
        YearMonth from = to.minusMonths(months - 1L);
        // The month IMR began at the unit, by the same rule as K6 in the reports (ImrSessionCounts).
        ImrSessionCounts.UnitCounts read = counts.unit(unitId, from, to, settings.findById(unitId).orElse(null));
        YearMonth began = read.began();
        if (began != null && began.isAfter(from)) {
            from = began.isAfter(to) ? to : began;
        }
        YearMonth first = from;
        List<ImrMonthCount> shown = read.months().stream().filter(m -> !m.month().isBefore(first)).toList();
        return new Board(unit, rows, received, progress(unit), shown, provisionalFrom(from, to),
                groups.groupsOfUnit(unitId, Programme.IMR),
                me.belongsTo(unitId) && (me.hasRole(Role.COORDINATOR) || me.hasRole(Role.LEADER)));
    }

    /**
     * The first of the months that K6's catalog entry counts as provisional (ADR 0020: a count has no window,
     * so the month in progress), so that the board and the reports mark the same months.
     */
    private YearMonth provisionalFrom(YearMonth from, YearMonth to) {
        var k6 = indicators.countedBy(ImrSessionCounts.NAME);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (k6.provisional(m.atEndOfMonth(), today())) {
                return m;
            }
        }
        return to.plusMonths(1);
    }

    /** The sessions held per month at the unit, from one month to another, every month listed: K6. */
    @Transactional(readOnly = true)
    List<ImrMonthCount> monthlyCounts(UUID unitId, YearMonth from, YearMonth to) {
        requireAggregateReader(unitId);
        if (from.isAfter(to) || from.plusMonths(120).isBefore(to)) {
            throw new InvalidInputException(no.sammen.shared.FieldProblem.of("from", "imr.counts.range", 120));
        }
        return counts(unitId, from, to);
    }

    /** The unit's goal and what is held of it. */
    @Transactional(readOnly = true)
    ImrGoalProgress goalProgress(UUID unitId) {
        return progress(requireAggregateReader(unitId));
    }

    /** The unit's settings: for those who may read its counts (and so its goal). */
    @Transactional(readOnly = true)
    ImrUnitSettingsView settings(UUID unitId) {
        return view(requireAggregateReader(unitId), settings.findById(unitId).orElse(null));
    }

    /** A referral received at one of the user's units, with what taking it in may choose from. */
    record TakeIn(ImrReferralView referral, List<GroupView> groups, List<CourseView> courses) {
    }

    /**
     * A referral received at one of the user's units, with the unit's open IMR groups and its active courses
     * of the same patient (each shown an audited read).
     */
    TakeIn takeInChoices(UUID referralId) {
        ImrReferral referral = received(referralId);
        List<CourseView> same = courses.activeCourses(referral.toUnitId()).stream()
                .filter(c -> c.patientKey().equals(referral.patientKey())).toList();
        courses.shown(same, "IMR referral " + referralId + " to take in");
        audit.record(new AuditRecord(AuditAction.READ, ImrService.REFERRAL, referralId.toString(),
                referral.toUnitId(), referral.patientKey(), "referral received, to take into a group"));
        List<GroupView> open = groups.groupsOfUnit(referral.toUnitId(), Programme.IMR).stream()
                .filter(g -> g.status() != no.sammen.groupprogramme.GroupStatus.ENDED).toList();
        return new TakeIn(view(referral), open, same);
    }

    /**
     * Takes a referral received at the unit into one of its IMR groups: the receiving unit's course of the
     * same patient joins the group (IMR is started on it, in a group, when it has none), and the referral,
     * with the modules done and the goals it carries, is shown on that course's IMR. Audited on the patient.
     */
    ImrReferralView takeIn(UUID referralId, UUID groupId, UUID courseId, LocalDate joinedOn) {
        ImrReferral referral = received(referralId);
        List<no.sammen.shared.FieldProblem> problems = new ArrayList<>();
        if (referral.takenInGroupId() != null) {
            problems.add(no.sammen.shared.FieldProblem.of("groupId", "imr.takeIn.already"));
        }
        GroupView group = null;
        if (groupId == null) {
            problems.add(no.sammen.shared.FieldProblem.of("groupId", "imr.takeIn.groupId.required"));
        } else {
            group = groups.group(groupId);
            if (group.programme() != Programme.IMR || !group.unitId().equals(referral.toUnitId())
                    || group.status() == no.sammen.groupprogramme.GroupStatus.ENDED) {
                problems.add(no.sammen.shared.FieldProblem.of("groupId", "imr.takeIn.groupId.notOfUnit"));
            }
        }
        if (courseId == null) {
            problems.add(no.sammen.shared.FieldProblem.of("courseId", "imr.takeIn.courseId.required"));
        } else if (courses.readable(Set.of(courseId)).isEmpty() || courses.activeCourses(referral.toUnitId()).stream()
                .noneMatch(c -> c.id().equals(courseId) && c.patientKey().equals(referral.patientKey()))) {
            problems.add(no.sammen.shared.FieldProblem.of("courseId", "imr.takeIn.courseId.otherPatient"));
        }
        if (joinedOn == null) {
            problems.add(no.sammen.shared.FieldProblem.of("joinedOn", "imr.takeIn.joinedOn.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (imrCourses.findByCourseId(courseId).isEmpty()) {
            imr.startForGroup(courseId, joinedOn, group.leaderIds(), new java.util.LinkedHashSet<>(referral.moduleIds()));
        }
        groups.addMember(groupId, courseId, joinedOn);
        ImrReferral saved = Registrations.save(() -> referrals.save(referral.takenIn(groupId, courseId, joinedOn)),
                ImrService.REFERRAL);
        audit.record(new AuditRecord(AuditAction.UPDATE, ImrService.REFERRAL, referralId.toString(),
                referral.toUnitId(), referral.patientKey(), "taken into group " + groupId + " as course " + courseId));
        return view(saved);
    }

    private ImrReferral received(UUID referralId) {
        CurrentUser me = users.current();
        return referrals.findById(referralId).filter(r -> me.mayReadCourses() && me.belongsTo(r.toUnitId()))
                .orElseThrow(() -> new NotFoundException(ImrService.REFERRAL));
    }

    private ImrReferralView view(ImrReferral r) {
        return r.toView(organisation.unit(r.fromUnitId()).map(UnitView::name).orElse(""),
                organisation.unit(r.toUnitId()).map(UnitView::name).orElse(""));
    }

    /** Whether the user may change the unit's settings: an administrator, or a leader of the unit. */
    boolean mayMaintain(CurrentUser user, UUID unitId) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER) && user.belongsTo(unitId);
    }

    boolean mayMaintain(UUID unitId) {
        return mayMaintain(users.current(), unitId);
    }

    /** Sets the unit's compulsory first module and goal, at the version read; audited with before and after. */
    ImrUnitSettingsView change(UUID unitId, long version, String firstModuleId, LocalDate goalFrom, LocalDate goalTo,
            Integer individualGoal, Integer groupGoal) {
        UnitView unit = requireUnit(unitId);
        if (!mayMaintain(users.current(), unitId)) {
            throw new AccessDeniedException("may not change the unit's IMR settings");
        }
        String first = firstModuleId == null || firstModuleId.isBlank() ? null : firstModuleId;
        var problems = ImrRules.settings(first, goalFrom, goalTo, individualGoal, groupGoal,
                curriculum.modules().stream().map(ImrModule::id).collect(Collectors.toSet()), today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ImrUnitSettings stored = settings.findById(unitId).orElse(null);
        Registrations.checkVersion(shownVersion(stored), version, SETTINGS);
        ImrUnitSettings saved = Registrations.save(() -> settings.save(new ImrUnitSettings(unitId, first, goalFrom,
                goalTo, individualGoal, groupGoal, clock.instant(), stored == null ? null : stored.version())), SETTINGS);
        String before = describe(stored);
        String after = describe(saved);
        if (!Objects.equals(before, after)) {
            audit.record(new AuditRecord(stored == null ? AuditAction.CREATE : AuditAction.UPDATE, SETTINGS,
                    unitId.toString(), unitId, null, before + " -> " + after));
        }
        return view(unit, saved);
    }

    private ImrGoalProgress progress(UnitView unit) {
        ImrUnitSettingsView view = view(unit, settings.findById(unit.id()).orElse(null));
        if (!view.hasGoal()) {
            return new ImrGoalProgress(view, 0, 0);
        }
        int[] held = counts.heldBetween(unit.id(), view.goalFrom(), view.goalTo());
        int individual = held[0];
        int group = held[1];
        return new ImrGoalProgress(view, individual, group);
    }

    private List<ImrMonthCount> counts(UUID unitId, YearMonth from, YearMonth to) {
        return counts.unit(unitId, from, to, null).months();
    }

    /** Aggregates of a unit: for its members who may read courses, analysts and administrators. */
    private UnitView requireAggregateReader(UUID unitId) {
        CurrentUser me = users.current();
        UnitView unit = requireUnit(unitId);
        if (!(me.hasRole(Role.ADMIN) || me.hasRole(Role.ANALYST) || me.mayReadCourses() && me.belongsTo(unitId))) {
            throw new NotFoundException("unit");
        }
        return unit;
    }

    private UnitView requireUnit(UUID unitId) {
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 0 before anything was saved, then one more than the stored version, so that the first save moves it. */
    private static long shownVersion(ImrUnitSettings s) {
        return s == null ? 0 : s.version() + 1;
    }

    private static String describe(ImrUnitSettings s) {
        if (s == null) {
            return "none";
        }
        return "first " + (s.firstModuleId() == null ? "none" : s.firstModuleId()) + ", goal "
                + (s.goalFrom() == null ? "none" : s.goalFrom() + ".." + s.goalTo() + " " + s.individualGoal()
                        + " individual + " + s.groupGoal() + " group");
    }

    private static ImrUnitSettingsView view(UnitView unit, ImrUnitSettings s) {
        return s == null ? new ImrUnitSettingsView(unit.id(), unit.name(), null, null, null, null, null, 0)
                : new ImrUnitSettingsView(unit.id(), unit.name(), s.firstModuleId(), s.goalFrom(), s.goalTo(),
                        s.individualGoal(), s.groupGoal(), s.version() + 1);
    }

}
