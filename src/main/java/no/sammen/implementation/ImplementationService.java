package no.sammen.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitDetails;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.DateBounds;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement teams, implementation plans and training events. A leader or coordinator of a unit reads and
 * changes its team, plan and events; to anyone else they are "not found". Every read and change is written
 * to the audit log in the same transaction; a change is checked whole by {@link ImplementationRules} at the
 * version read, and nothing is stored while a problem remains.
 */
@Service
@Transactional
class ImplementationService {

    static final String TEAM = "improvement_team";
    static final String ACTIVITY = "implementation_activity";
    static final String EVENT = "training_event";

    /** The plan of a unit for a half-year: the activities that touch it, month by month, and the start. */
    record PlanView(UnitView unit, HalfYear halfYear, List<ActivityView> activities, List<Month> months) {

        /** One month of the timeline, with the activities that touch it. */
        record Month(YearMonth month, List<ActivityView> activities, boolean holdsStart) {
        }
    }

    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final ImprovementTeamRepository teams;
    private final ActivityRepository activities;
    private final TrainingEventRepository events;
    private final AuditService audit;
    private final Clock clock;

    ImplementationService(OrganisationService organisation, CurrentUserService users, ImprovementTeamRepository teams,
            ActivityRepository activities, TrainingEventRepository events, AuditService audit, Clock clock) {
        this.organisation = organisation;
        this.users = users;
        this.teams = teams;
        this.activities = activities;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean mayManage(CurrentUser user, UUID unitId) {
        return (user.hasRole(Role.LEADER) || user.hasRole(Role.COORDINATOR)) && user.belongsTo(unitId);
    }

    /** The units whose team, plan and events the acting user manages, by clinic and name. */
    @Transactional(readOnly = true)
    List<UnitView> units() {
        CurrentUser me = users.current();
        return organisation.units(me.unitIds()).stream().filter(u -> mayManage(me, u.id())).toList();
    }

    /** A unit the acting user manages; any other is "not found". */
    @Transactional(readOnly = true)
    UnitView unit(UUID unitId) {
        if (unitId == null || !mayManage(users.current(), unitId)) {
            throw new NotFoundException("unit");
        }
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
    }

    /** The staff of a managed unit, to choose members and responsible persons from. */
    @Transactional(readOnly = true)
    List<StaffView> staff(UUID unitId) {
        unit(unitId);
        return organisation.staff(unitId);
    }

    // --- the improvement team

    TeamView team(UUID unitId) {
        unit(unitId);
        TeamView team = teamView(unitId);
        audit.record(new AuditRecord(AuditAction.READ, TEAM, unitId.toString(), unitId, null,
                "improvement team, " + team.members().size() + " members"));
        return team;
    }

    /** Replaces the team's members at the version read (-1 for a team never saved). */
    TeamView saveTeam(UUID unitId, long version, List<ImprovementTeam.Member> members) {
        unit(unitId);
        List<ImprovementTeam.Member> given = members == null ? List.of() : members;
        Set<UUID> unitStaff = organisation.staff(unitId).stream().map(StaffView::id).collect(Collectors.toSet());
        List<FieldProblem> problems = ImplementationRules.team(given, unitStaff);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ImprovementTeam team = teams.findById(unitId).orElseGet(() -> ImprovementTeam.empty(unitId));
        if (team.version() != version) {
            throw new ConcurrentEditException(TEAM);
        }
        team.replaceMembers(new HashSet<>(given), users.current().displayName(), clock.instant());
        save(() -> teams.save(team), TEAM);
        audit.record(new AuditRecord(AuditAction.UPDATE, TEAM, unitId.toString(), unitId, null, "members: "
                + given.stream().map(m -> m.staffId() + " " + m.role()).sorted().collect(Collectors.joining(", "))));
        return teamView(unitId);
    }

    private TeamView teamView(UUID unitId) {
        Map<UUID, StaffView> staff = staffById(unitId);
        return teams.findById(unitId).map(t -> new TeamView(unitId, t.members().stream()
                .filter(m -> staff.containsKey(m.staffId()))
                .map(m -> member(staff.get(m.staffId()), m.role()))
                .sorted(Comparator.comparing((TeamView.Member m) -> m.role().ordinal())
                        .thenComparing(TeamView.Member::fullName))
                .toList(), t.version())).orElseGet(() -> new TeamView(unitId, List.of(), -1));
    }

    private static TeamView.Member member(StaffView s, TeamRole role) {
        return new TeamView.Member(s.id(), s.fullName(), s.profession(), s.position(), role);
    }

    // --- the implementation plan

    /** All of a unit's activities, earliest first: audited. */
    List<ActivityView> activities(UUID unitId) {
        unit(unitId);
        List<ActivityView> all = activityViews(unitId);
        audit.record(new AuditRecord(AuditAction.LIST, ACTIVITY, null, unitId, null,
                "implementation plan, " + all.size() + " activities"));
        return all;
    }

    /** The plan for a half-year, as a timeline of its six months: audited. */
    PlanView plan(UUID unitId, HalfYear halfYear) {
        UnitView unit = unit(unitId);
        List<ActivityView> shown = activityViews(unitId).stream()
                .filter(a -> !a.startsOn().isAfter(halfYear.last()) && !a.lastDay().isBefore(halfYear.first()))
                .toList();
        List<PlanView.Month> months = halfYear.months().stream().map(m -> new PlanView.Month(m, shown.stream()
                .filter(a -> !a.startsOn().isAfter(m.atEndOfMonth()) && !a.lastDay().isBefore(m.atDay(1))).toList(),
                unit.implementationStart() != null && YearMonth.from(unit.implementationStart()).equals(m)))
                .toList();
        audit.record(new AuditRecord(AuditAction.LIST, ACTIVITY, null, unitId, null,
                "implementation plan " + halfYear.code() + ", " + shown.size() + " activities"));
        return new PlanView(unit, halfYear, shown, months);
    }

    ActivityView activity(UUID activityId) {
        Activity activity = activities.findById(activityId).orElseThrow(() -> new NotFoundException("activity"));
        unit(activity.unitId());
        ActivityView view = activityView(activity, staffById(activity.unitId()));
        audit.record(new AuditRecord(AuditAction.READ, ACTIVITY, activityId.toString(), activity.unitId(), null,
                "activity"));
        return view;
    }

    ActivityView planActivity(UUID unitId, ActivityDetails details) {
        unit(unitId);
        check(unitId, details);
        Activity activity = Activity.plan(unitId, details, users.current().displayName(), clock.instant());
        save(() -> activities.save(activity), ACTIVITY);
        audit.record(new AuditRecord(AuditAction.CREATE, ACTIVITY, activity.id().toString(), unitId, null,
                describe(details)));
        return activityView(activities.findById(activity.id()).orElseThrow(), staffById(unitId));
    }

    ActivityView changeActivity(UUID activityId, long version, ActivityDetails details) {
        Activity activity = activities.findById(activityId).orElseThrow(() -> new NotFoundException("activity"));
        UUID unitId = activity.unitId();
        unit(unitId);
        check(unitId, details);
        if (activity.version() != version) {
            throw new ConcurrentEditException(ACTIVITY);
        }
        activity.change(details, users.current().displayName(), clock.instant());
        save(() -> activities.save(activity), ACTIVITY);
        audit.record(new AuditRecord(AuditAction.UPDATE, ACTIVITY, activityId.toString(), unitId, null,
                describe(details)));
        return activityView(activities.findById(activityId).orElseThrow(), staffById(unitId));
    }

    private void check(UUID unitId, ActivityDetails details) {
        List<FieldProblem> problems = ImplementationRules.activity(details, staffById(unitId).keySet(),
                LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String describe(ActivityDetails d) {
        return d.kind() + " " + d.startsOn() + " - " + (d.endsOn() == null ? "-" : d.endsOn()) + ", " + d.status()
                + ", responsible " + (d.responsibleStaffId() == null ? "-" : d.responsibleStaffId());
    }

    private List<ActivityView> activityViews(UUID unitId) {
        Map<UUID, StaffView> staff = staffById(unitId);
        return activities.findByUnitIdOrderByStartsOnAscTitleAsc(unitId).stream().map(a -> activityView(a, staff))
                .toList();
    }

    private static ActivityView activityView(Activity activity, Map<UUID, StaffView> staff) {
        StaffView responsible = activity.responsibleStaffId() == null ? null : staff.get(activity.responsibleStaffId());
        return activity.toView(responsible == null ? null : responsible.fullName());
    }

    /**
     * Moves the unit's implementation start, which the reports split their charts at. It is kept by the
     * organisation (one source); {@code unitVersion} is the unit's version as read; the organisation audits it.
     */
    UnitView changeImplementationStart(UUID unitId, long unitVersion, LocalDate start) {
        UnitView unit = unit(unitId);
        if (start != null && !DateBounds.allowed(start)) {
            throw new InvalidInputException(FieldProblem.of("implementationStart", "implementation.date.outOfRange"));
        }
        if (unit.version() != unitVersion) {
            throw new ConcurrentEditException("unit");
        }
        return organisation.updateUnit(unitId, unitVersion, new UnitDetails(unit.clinicId(), unit.name(), unit.type(),
                unit.phone(), start, unit.active()));
    }

    // --- training events

    /** The events a unit organised, latest first, with their counts: audited. */
    List<EventView> events(UUID unitId) {
        unit(unitId);
        List<EventView> found = eventViews(events.findByUnitIdOrderByHeldOnDescTitleAsc(unitId));
        audit.record(new AuditRecord(AuditAction.LIST, EVENT, null, unitId, null,
                "training events, " + found.size()));
        return found;
    }

    /** The statistics of the events a unit organised between two days (both included): audited. */
    ParticipantStatistics statistics(UUID unitId, LocalDate from, LocalDate to) {
        unit(unitId);
        List<EventView> found = eventViews(events.findByUnitIdOrderByHeldOnDescTitleAsc(unitId).stream()
                .filter(e -> (from == null || !e.heldOn().isBefore(from)) && (to == null || !e.heldOn().isAfter(to)))
                .toList());
        audit.record(new AuditRecord(AuditAction.LIST, EVENT, null, unitId, null, "participant statistics "
                + (from == null ? "-" : from) + " - " + (to == null ? "-" : to) + ", " + found.size() + " events"));
        return ParticipantStatistics.of(found);
    }

    EventView event(UUID eventId) {
        TrainingEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event"));
        unit(event.unitId());
        EventView view = eventViews(List.of(event)).get(0);
        audit.record(new AuditRecord(AuditAction.READ, EVENT, eventId.toString(), event.unitId(), null,
                "training event with " + view.participants().size() + " staff"));
        return view;
    }

    EventView createEvent(UUID unitId, EventDetails details) {
        unit(unitId);
        check(details, Set.of());
        TrainingEvent event = TrainingEvent.create(unitId, details, users.current().displayName(), clock.instant());
        save(() -> events.save(event), EVENT);
        audit.record(new AuditRecord(AuditAction.CREATE, EVENT, event.id().toString(), unitId, null,
                describe(event)));
        return eventViews(List.of(events.findById(event.id()).orElseThrow())).get(0);
    }

    EventView changeEvent(UUID eventId, long version, EventDetails details) {
        TrainingEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event"));
        unit(event.unitId());
        check(details, event.participants().stream().map(TrainingEvent.Participant::staffId)
                .collect(Collectors.toSet()));
        if (event.version() != version) {
            throw new ConcurrentEditException(EVENT);
        }
        event.change(details, users.current().displayName(), clock.instant());
        save(() -> events.save(event), EVENT);
        audit.record(new AuditRecord(AuditAction.UPDATE, EVENT, eventId.toString(), event.unitId(), null,
                describe(event)));
        return eventViews(List.of(events.findById(eventId).orElseThrow())).get(0);
    }

    /**
     * The staff a participant may be chosen from: those of the acting user's units, and those already on the
     * event (who may have been registered by a leader of another unit).
     */
    private void check(EventDetails details, Set<UUID> alreadyOn) {
        Set<UUID> known = new HashSet<>(alreadyOn);
        knownStaff().forEach(s -> known.add(s.id()));
        List<FieldProblem> problems = ImplementationRules.event(details, known, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The staff of the acting user's units, by name: who may be signed up for an event. */
    @Transactional(readOnly = true)
    List<StaffView> knownStaff() {
        List<StaffView> known = new ArrayList<>();
        users.current().unitIds().forEach(u -> known.addAll(organisation.staff(u)));
        known.sort(Comparator.comparing(StaffView::fullName).thenComparing(s -> s.id().toString()));
        return known;
    }

    private static String describe(TrainingEvent e) {
        return e.kind() + " " + e.topic() + " " + e.heldOn() + "; signed up: " + e.participants().stream()
                .filter(TrainingEvent.Participant::signedUp).map(p -> p.staffId().toString()).sorted()
                .collect(Collectors.joining(" ")) + "; attended: " + e.participants().stream()
                .filter(TrainingEvent.Participant::attended).map(p -> p.staffId().toString()).sorted()
                .collect(Collectors.joining(" ")) + "; from elsewhere: " + e.externals().stream()
                .map(x -> x.workplace() + " " + x.signedUp() + "/" + x.attended()).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The events with their participants; names only of staff of the reader's units. */
    private List<EventView> eventViews(List<TrainingEvent> found) {
        CurrentUser me = users.current();
        Set<UUID> staffIds = new HashSet<>();
        found.forEach(e -> e.participants().forEach(p -> staffIds.add(p.staffId())));
        Map<UUID, StaffView> staff = new java.util.HashMap<>();
        staffIds.forEach(id -> organisation.staffMember(id).ifPresent(s -> staff.put(id, s)));
        Map<UUID, UnitView> units = organisation.units(staff.values().stream().map(StaffView::unitId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        return found.stream().map(e -> {
            List<EventView.Participant> participants = e.participants().stream()
                    .filter(p -> staff.containsKey(p.staffId()))
                    .map(p -> {
                        StaffView s = staff.get(p.staffId());
                        boolean known = me.belongsTo(s.unitId());
                        return new EventView.Participant(s.id(), known ? s.fullName() : null,
                                units.get(s.unitId()).clinicName(), s.profession(), s.position(), p.signedUp(),
                                p.attended());
                    })
                    .sorted(Comparator.comparing((EventView.Participant p) -> p.fullName() == null)
                            .thenComparing(p -> p.fullName() == null ? "" : p.fullName())
                            .thenComparing(p -> p.staffId().toString()))
                    .toList();
            List<EventView.External> externals = e.externals().stream()
                    .map(x -> new EventView.External(x.workplace(), x.signedUp(), x.attended()))
                    .sorted(Comparator.comparing(EventView.External::workplace)).toList();
            int signedUp = (int) participants.stream().filter(EventView.Participant::signedUp).count()
                    + externals.stream().mapToInt(EventView.External::signedUp).sum();
            int attended = (int) participants.stream().filter(EventView.Participant::attended).count()
                    + externals.stream().mapToInt(EventView.External::attended).sum();
            return new EventView(e.id(), e.unitId(), e.kind(), e.topic(), e.title(), e.heldOn(), e.place(),
                    e.organiser(), participants, externals, signedUp, attended, e.version());
        }).toList();
    }

    private Map<UUID, StaffView> staffById(UUID unitId) {
        return organisation.staff(unitId).stream().collect(Collectors.toMap(StaffView::id, Function.identity()));
    }

    private static void save(Runnable save, String objectType) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentEditException(objectType);
        }
    }
}
