package no.sammen.imr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.Programme;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseRegistrationDates;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.FreeText;
import no.sammen.registration.NorwegianDates;
import no.sammen.registration.Registrations;
import no.sammen.security.ClinicianDirectory;
import no.sammen.security.ClinicianView;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMR on one treatment course: the IMR course, the user's goals, the sessions and referrals, changed
 * and read only through a course the acting user may change or see. Every change is audited in its
 * transaction, and so is every read of this module's pages and API; {@link #section} is for the course
 * page, whose view is audited by the page.
 */
@Service
@Transactional
class ImrService {

    static final String COURSE = "imr_course";
    static final String GOAL = "imr_goal";
    static final String SESSION = "imr_session";
    static final String REFERRAL = "imr_referral";

    private final ImrCourseRepository imrCourses;
    private final ImrGoalRepository goals;
    private final ImrSessionRepository sessions;
    private final ImrReferralRepository referrals;
    private final ImrUnitSettingsRepository settings;
    private final ImrCurriculum curriculum;
    private final CourseRegistrations courses;
    private final ClinicianDirectory clinicians;
    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final Clock clock;
    private final GroupProgrammes groups;

    ImrService(ImrCourseRepository imrCourses, ImrGoalRepository goals, ImrSessionRepository sessions,
            ImrReferralRepository referrals, ImrUnitSettingsRepository settings, ImrCurriculum curriculum,
            CourseRegistrations courses, ClinicianDirectory clinicians, OrganisationService organisation,
            CurrentUserService users, Clock clock, GroupProgrammes groups) {
        this.groups = groups;
        this.imrCourses = imrCourses;
        this.goals = goals;
        this.sessions = sessions;
        this.referrals = referrals;
        this.settings = settings;
        this.curriculum = curriculum;
        this.courses = courses;
        this.clinicians = clinicians;
        this.organisation = organisation;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Everything of IMR on a course, as its page and the API show it: besides its own sessions, the IMR
     * group sessions its user came to, and the referrals received that the course was taken in by.
     */
    record Overview(CourseView course, ImrCourseView imr, List<ImrGoalView> goals, List<ImrSessionView> sessions,
            List<ImrReferralView> referrals, List<ImrGroupSessionView> groupSessions,
            List<ImrReferralView> received) {

        Optional<ImrCourseView> imrCourse() {
            return Optional.ofNullable(imr);
        }
    }

    /** What the course page shows: the IMR course, if any, and the latest session. Not audited. */
    @Transactional(readOnly = true)
    Overview section(UUID courseId) {
        return overview(courses.toRead(courseId));
    }

    /** The course's IMR for this module's pages and API: an audited read. */
    Overview read(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        Overview found = overview(course);
        courses.audit(AuditAction.LIST, COURSE, found.imr() == null ? null : found.imr().id(), course,
                "course " + courseId + ", " + found.goals().size() + " goal(s), " + found.sessions().size()
                        + " session(s), " + found.groupSessions().size() + " group session(s)");
        return found;
    }

    private Overview overview(CourseView course) {
        ImrCourseView imr = imrCourses.findByCourseId(course.id()).map(ImrCourse::toView).orElse(null);
        List<ImrGoalView> goalViews = goals.findByCourseIdOrderByCreatedAt(course.id()).stream().map(ImrGoal::toView)
                .toList();
        List<ImrSessionView> sessionViews = sessions.findByCourseIdOrderByHeldOnDescCreatedAtDesc(course.id()).stream()
                .map(ImrSession::toView).toList();
        List<ImrReferralView> referralViews = referrals.findByCourseIdOrderByReferredOnDesc(course.id()).stream()
                .map(this::view).toList();
        Map<UUID, String> groupNames = groups.groupsOfCourse(course.id()).stream()
                .collect(Collectors.toMap(GroupView::id, GroupView::name));
        List<ImrGroupSessionView> inGroups = groups.sessionsCameTo(Programme.IMR, List.of(course.id()))
                .getOrDefault(course.id(), List.of()).stream()
                .map(s -> new ImrGroupSessionView(s.id(), s.groupId(), groupNames.getOrDefault(s.groupId(), ""),
                        s.heldOn(), s.shift() == null ? null : Shift.valueOf(s.shift().name()), s.moduleId(), s.part(),
                        s.homeworkCourseIds().contains(course.id())))
                .toList();
        List<ImrReferralView> received = referrals.findByTakenInCourseIdOrderByReferredOnDesc(course.id()).stream()
                .map(this::view).toList();
        return new Overview(course, imr, goalViews, sessionViews, referralViews, inGroups, received);
    }

    /**
     * Starts the course's IMR course ({@code version} null) or changes it at the version read.
     */
    ImrCourseView save(UUID courseId, Long version, ImrCourseRegistration registration) {
        CourseView course = courses.toChange(courseId);
        ImrCourse stored = imrCourses.findByCourseId(courseId).orElse(null);
        Registrations.checkVersion(stored == null ? null : stored.version(), version, COURSE);
        Map<UUID, String> therapists = therapistNames(course);
        List<FieldProblem> problems = new ArrayList<>(ImrRules.course(registration, dates(course),
                therapists.keySet(), moduleIds(), firstModule(course.unitId()).orElse(null)));
        if (problems.stream().noneMatch(p -> p.field().equals("startDate") || p.field().equals("endDate"))) {
            stranded(courseId, registration.startDate(), registration.endDate(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        ImrCourse course1;
        if (stored == null) {
            course1 = ImrCourse.start(courseId, registration, therapists, now);
        } else {
            stored.change(registration, therapists, now);
            course1 = stored;
        }
        ImrCourseView saved = Registrations.save(() -> imrCourses.save(course1), COURSE).toView();
        courses.audit(stored == null ? AuditAction.CREATE : AuditAction.UPDATE, COURSE, saved.id(), course,
                "course " + courseId + ", " + saved.format() + ", " + saved.therapists().size() + " therapist(s), "
                        + "modules " + String.join(",", saved.moduleIds()) + (saved.ongoing() ? "" : ", ended"));
        return saved;
    }

    ImrGoalView registerGoal(UUID courseId, ImrGoalRegistration registration) {
        CourseView course = courses.toChange(courseId);
        throwIfAny(ImrRules.goal(registration, imrCourse(courseId), dates(course)));
        ImrGoal goal = ImrGoal.set(courseId, registration, users.current().displayName(), clock.instant());
        ImrGoalView saved = Registrations.save(() -> goals.save(goal), GOAL).toView();
        courses.audit(AuditAction.CREATE, GOAL, saved.id(), course, "course " + courseId + ", revision 1");
        return saved;
    }

    /** A new wording of a goal, at the version read; the earlier wordings are kept. */
    ImrGoalView changeGoal(UUID courseId, UUID goalId, long version, ImrGoalRegistration registration) {
        CourseView course = courses.toChange(courseId);
        ImrGoal goal = findGoal(courseId, goalId);
        Registrations.checkVersion(goal.version(), version, GOAL);
        throwIfAny(ImrRules.goal(registration, imrCourse(courseId), dates(course)));
        goal.change(registration, users.current().displayName(), clock.instant());
        ImrGoalView saved = Registrations.save(() -> goals.save(goal), GOAL).toView();
        courses.audit(AuditAction.UPDATE, GOAL, goalId, course, "course " + courseId + ", revision "
                + (saved.version() + 1));
        return saved;
    }

    /** One goal: an audited read. */
    ImrGoalView readGoal(UUID courseId, UUID goalId) {
        CourseView course = courses.toRead(courseId);
        ImrGoalView goal = findGoal(courseId, goalId).toView();
        courses.audit(AuditAction.READ, GOAL, goalId, course, "course " + courseId);
        return goal;
    }

    /** Every wording of a goal, the latest first: an audited read. */
    List<ImrGoalRevisionView> goalHistory(UUID courseId, UUID goalId) {
        CourseView course = courses.toRead(courseId);
        List<ImrGoalRevisionView> history = findGoal(courseId, goalId).history();
        courses.audit(AuditAction.READ, GOAL, goalId, course, "course " + courseId + ", history of "
                + history.size() + " revision(s)");
        return history;
    }

    /**
     * A session held with the user, counted at the course's unit; moves the IMR course's next planned
     * session when the registration gives one.
     */
    ImrSessionView registerSession(UUID courseId, ImrSessionRegistration registration) {
        CourseView course = courses.toChange(courseId);
        ImrCourse imr = imrCourses.findByCourseId(courseId).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("heldOn", "imr.session.noImrCourse")));
        Map<UUID, String> therapists = therapistNames(course);
        Set<UUID> goalIds = goals.findByCourseIdOrderByCreatedAt(courseId).stream().map(ImrGoal::id)
                .collect(Collectors.toSet());
        throwIfAny(ImrRules.session(registration, imr.toView(), dates(course), therapists.keySet(), moduleIds(),
                goalIds));
        Instant now = clock.instant();
        ImrSession session = ImrSession.held(courseId, course.unitId(), registration, therapists, now);
        ImrSessionView saved = Registrations.save(() -> sessions.save(session), SESSION).toView();
        if (registration.nextSessionOn() != null) {
            imr.planNext(registration.nextSessionOn(), now);
            Registrations.save(() -> imrCourses.save(imr), COURSE);
        }
        courses.audit(AuditAction.CREATE, SESSION, saved.id(), course, "course " + courseId + ", "
                + saved.format() + ", " + saved.shift() + ", " + saved.moduleId()
                + (saved.attended() ? ", attended" : ", not attended")
                + (saved.notes().isEmpty() ? "" : ", progress noted"));
        return saved;
    }

    /** One session: an audited read. */
    ImrSessionView readSession(UUID courseId, UUID sessionId) {
        CourseView course = courses.toRead(courseId);
        ImrSessionView session = Registrations.ofCourse(sessions.findById(sessionId), courseId, ImrSession::courseId,
                SESSION).toView();
        courses.audit(AuditAction.READ, SESSION, sessionId, course, "course " + courseId);
        return session;
    }

    /**
     * Refers the user to an IMR group at another unit, carrying the modules worked on at attended
     * sessions (in the order first worked on) and the goals as they stand.
     */
    ImrReferralView refer(UUID courseId, UUID toUnitId, LocalDate referredOn, String note) {
        CourseView course = courses.toChange(courseId);
        List<FieldProblem> problems = new ArrayList<>();
        if (imrCourses.findByCourseId(courseId).isEmpty()) {
            problems.add(FieldProblem.of("toUnitId", "imr.session.noImrCourse"));
        }
        if (toUnitId == null) {
            problems.add(FieldProblem.of("toUnitId", "imr.referral.toUnitId.required"));
        } else if (toUnitId.equals(course.unitId())
                || organisation.unit(toUnitId).filter(UnitView::active).isEmpty()) {
            problems.add(FieldProblem.of("toUnitId", "imr.referral.toUnitId.other"));
        } else if (referredOn != null && referrals.findByCourseIdOrderByReferredOnDesc(courseId).stream()
                .anyMatch(r -> r.toUnitId().equals(toUnitId) && r.referredOn().equals(referredOn))) {
            problems.add(FieldProblem.of("toUnitId", "imr.referral.duplicate"));
        }
        no.sammen.registration.CourseDates.doneInCourse(referredOn, course, courses.today(), "referredOn",
                "imr.referral.referredOn.required", problems);
        FreeText.check(note, "note", ImrRules.NOTE_LENGTH, problems);
        throwIfAny(problems);
        Set<String> done = modulesDone(courseId);
        List<ImrReferral.Goal> carried = goals.findByCourseIdOrderByCreatedAt(courseId).stream().map(ImrGoal::toView)
                .map(g -> new ImrReferral.Goal(g.goal(), g.steps())).toList();
        ImrReferral referral = new ImrReferral(UUID.randomUUID(), courseId, course.unitId(), toUnitId, referredOn,
                course.patientKey(), course.displayLabel(), String.join(",", done), FreeText.stripToNull(note),
                carried, clock.instant(), null, null, null, null);
        ImrReferralView saved = view(Registrations.save(() -> referrals.save(referral), REFERRAL));
        courses.audit(AuditAction.CREATE, REFERRAL, saved.id(), course, "course " + courseId + ", to unit "
                + toUnitId + ", " + done.size() + " module(s) done, " + carried.size() + " goal(s)");
        return saved;
    }

    /**
     * The modules worked on at sessions the user came to, individual or in an IMR group, in the order
     * first worked on.
     */
    private Set<String> modulesDone(UUID courseId) {
        record Worked(LocalDate on, String moduleId) {
        }
        List<Worked> worked = new ArrayList<>();
        sessions.findByCourseIdOrderByHeldOnDescCreatedAtDesc(courseId).stream()
                .sorted(Comparator.comparing(ImrSession::heldOn).thenComparing(ImrSession::createdAt))
                .filter(ImrSession::attended).forEach(s -> worked.add(new Worked(s.heldOn(), s.moduleId())));
        groups.sessionsCameTo(Programme.IMR, List.of(courseId)).getOrDefault(courseId, List.of()).stream()
                .filter(s -> s.moduleId() != null).forEach(s -> worked.add(new Worked(s.heldOn(), s.moduleId())));
        Set<String> done = new LinkedHashSet<>();
        worked.stream().sorted(Comparator.comparing(Worked::on)).forEach(w -> done.add(w.moduleId()));
        return done;
    }

    /**
     * Changes an individual session at the version read; moves the IMR course's next planned session
     * when the registration gives one.
     */
    ImrSessionView changeSession(UUID courseId, UUID sessionId, long version, ImrSessionRegistration registration) {
        CourseView course = courses.toChange(courseId);
        ImrSession stored = Registrations.ofCourse(sessions.findById(sessionId), courseId, ImrSession::courseId,
                SESSION);
        Registrations.checkVersion(stored.version(), version, SESSION);
        ImrCourse imr = imrCourses.findByCourseId(courseId).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("heldOn", "imr.session.noImrCourse")));
        Map<UUID, String> therapists = therapistNames(course);
        Set<UUID> goalIds = goals.findByCourseIdOrderByCreatedAt(courseId).stream().map(ImrGoal::id)
                .collect(Collectors.toSet());
        throwIfAny(ImrRules.session(registration, imr.toView(), dates(course), therapists.keySet(), moduleIds(),
                goalIds));
        Instant now = clock.instant();
        ImrSession changed = stored.changedTo(registration, therapists);
        ImrSessionView saved = Registrations.save(() -> sessions.save(changed), SESSION).toView();
        if (registration.nextSessionOn() != null) {
            imr.planNext(registration.nextSessionOn(), now);
            Registrations.save(() -> imrCourses.save(imr), COURSE);
        }
        courses.audit(AuditAction.UPDATE, SESSION, sessionId, course, "course " + courseId + ", from "
                + stored.heldOn() + " to " + saved.heldOn() + ", " + saved.shift() + ", " + saved.moduleId()
                + (saved.attended() ? ", attended" : ", not attended"));
        return saved;
    }

    /** Deletes an individual session, with the progress noted at it, at the version read. */
    void deleteSession(UUID courseId, UUID sessionId, long version) {
        CourseView course = courses.toChange(courseId);
        ImrSession stored = Registrations.ofCourse(sessions.findById(sessionId), courseId, ImrSession::courseId,
                SESSION);
        Registrations.checkVersion(stored.version(), version, SESSION);
        Registrations.save(() -> {
            sessions.delete(stored);
            return stored;
        }, SESSION);
        courses.audit(AuditAction.DELETE, SESSION, sessionId, course, "course " + courseId + ", held "
                + stored.heldOn() + ", " + stored.moduleId() + (stored.notes().isEmpty() ? "" : ", progress noted"));
    }

    /**
     * Starts IMR on a course taken into an IMR group from a referral: format GROUP from the day it joins,
     * with the group's leaders who may be the course's therapists (at most two), and the modules not yet
     * done in the curriculum's order after the unit's compulsory first module. Problems are on the
     * take-in form's fields.
     */
    ImrCourseView startForGroup(UUID courseId, LocalDate joinedOn, List<UUID> leaderIds, Set<String> done) {
        CourseView course = courses.toChange(courseId);
        Set<UUID> unitTherapists = therapistNames(course).keySet();
        List<UUID> chosen = leaderIds.stream().filter(unitTherapists::contains).limit(ImrRules.MAX_THERAPISTS)
                .toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("groupId", "imr.takeIn.noTherapist"));
        }
        List<String> modules = new ArrayList<>();
        firstModule(course.unitId()).ifPresent(m -> modules.add(m.id()));
        curriculum.modules().stream().map(ImrModule::id).filter(id -> !done.contains(id) && !modules.contains(id))
                .forEach(modules::add);
        if (modules.isEmpty()) {
            curriculum.modules().forEach(m -> modules.add(m.id()));
        }
        try {
            return save(courseId, null, new ImrCourseRegistration(ImrFormat.GROUP, joinedOn, null, null, chosen,
                    modules));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new FieldProblem(
                    p.field().equals("startDate") ? "joinedOn" : "groupId", p.messageKey(), p.arguments())).toList());
        }
    }

    /** The most stranded registrations named one by one; the rest are counted. */
    static final int STRANDED_NAMED = 5;

    /**
     * A problem on the start date for each goal, session and referral of the course before {@code start},
     * and on the end date for each after {@code end}: an IMR course is not moved so that what was
     * registered in it lies outside it.
     */
    private void stranded(UUID courseId, LocalDate start, LocalDate end, List<FieldProblem> problems) {
        List<CourseRegistrationDates.Dated> dated = new ArrayList<>();
        goals.findByCourseIdOrderByCreatedAt(courseId)
                .forEach(g -> dated.add(new CourseRegistrationDates.Dated("imr.dated.goal", g.toView().setOn())));
        sessions.findByCourseIdOrderByHeldOnDescCreatedAtDesc(courseId)
                .forEach(s -> dated.add(new CourseRegistrationDates.Dated("imr.dated.session", s.heldOn())));
        referrals.findByCourseIdOrderByReferredOnDesc(courseId)
                .forEach(r -> dated.add(new CourseRegistrationDates.Dated("imr.dated.referral", r.referredOn())));
        List<CourseRegistrationDates.Dated> outside = no.sammen.registration.CourseDates.outside(dated, start, end);
        for (String field : List.of("startDate", "endDate")) {
            List<CourseRegistrationDates.Dated> side = outside.stream()
                    .filter(d -> field.equals("startDate") ? d.date().isBefore(start) : !d.date().isBefore(start))
                    .toList();
            for (CourseRegistrationDates.Dated d : side.subList(0, Math.min(side.size(), STRANDED_NAMED))) {
                problems.add(FieldProblem.of(field, "imr.course.dates.stranded",
                        new DefaultMessageSourceResolvable(d.kindKey()), NorwegianDates.format(d.date())));
            }
            if (side.size() > STRANDED_NAMED) {
                problems.add(FieldProblem.of(field, "imr.course.dates.strandedMore", side.size() - STRANDED_NAMED));
            }
        }
    }

    /** The units a user may be referred to: every other active unit, by clinic and name. */
    List<UnitView> referralUnits(CourseView course) {
        return organisation.units().stream().filter(UnitView::active).filter(u -> !u.id().equals(course.unitId()))
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name)).toList();
    }

    /** The staff users who may be therapists on the course's unit. */
    List<ClinicianView> therapists(CourseView course) {
        return clinicians.inUnits(Set.of(course.unitId()));
    }

    /** The unit's compulsory first module, if it has one. */
    Optional<ImrModule> firstModule(UUID unitId) {
        return settings.findById(unitId).map(ImrUnitSettings::firstModuleId).flatMap(curriculum::find);
    }

    ImrCurriculum curriculum() {
        return curriculum;
    }

    private ImrReferralView view(ImrReferral r) {
        Function<UUID, String> name = id -> organisation.unit(id).map(UnitView::name).orElse("");
        return r.toView(name.apply(r.fromUnitId()), name.apply(r.toUnitId()));
    }

    private Map<UUID, String> therapistNames(CourseView course) {
        return therapists(course).stream().collect(Collectors.toMap(ClinicianView::id, ClinicianView::displayName));
    }

    private Set<String> moduleIds() {
        return curriculum.modules().stream().map(ImrModule::id).collect(Collectors.toSet());
    }

    private ImrRules.Dates dates(CourseView course) {
        return new ImrRules.Dates(course.startDate(), course.endDate(), courses.today());
    }

    private ImrCourseView imrCourse(UUID courseId) {
        return imrCourses.findByCourseId(courseId).map(ImrCourse::toView).orElse(null);
    }

    private ImrGoal findGoal(UUID courseId, UUID goalId) {
        return Registrations.ofCourse(goals.findById(goalId), courseId, ImrGoal::courseId, GOAL);
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
