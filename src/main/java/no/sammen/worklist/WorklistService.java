package no.sammen.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.coursefact.CourseFactRow;
import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.FreeText;
import no.sammen.registration.Registrations;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.PageOf;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist of one course (its facts and the {@link WorklistRules}) and of whole units (grouped,
 * filtered and paged in SQL over the facts, {@link WorklistQueries}), with each item due as the
 * indicator catalog says; and the closing of long-stale items (ADR 0019). Reading goes through the
 * courses the acting user may see; the courses a unit list shows are written to the audit log in one
 * batch.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    static final String CLOSURE = "worklist_closure";

    private final CourseService courses;
    private final CourseRegistrations registrations;
    private final CourseFactService facts;
    private final WorklistQueries queries;
    private final WorklistClosureRepository closures;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;
    private final WorklistRules rules;
    private final Clock clock;

    WorklistService(CourseService courses, CourseRegistrations registrations, CourseFactService facts,
            WorklistQueries queries, WorklistClosureRepository closures, IndicatorService indicators,
            OrganisationService organisation, CurrentUserService currentUsers, WorklistProperties properties,
            Clock clock) {
        this.courses = courses;
        this.registrations = registrations;
        this.facts = facts;
        this.queries = queries;
        this.closures = closures;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
        this.rules = new WorklistRules(dueDays(indicators.catalog()), properties.amberDays());
        this.clock = clock;
    }

    /** The days each item is due after the start, from its indicator's catalog entry; fails at start-up without. */
    static Map<WorkItemType, Integer> dueDays(List<IndicatorDefinition> catalog) {
        Map<WorkItemType, Integer> days = new EnumMap<>(WorkItemType.class);
        for (WorkItemType type : WorkItemType.values()) {
            if (!type.fromCatalog()) {
                continue;
            }
            Integer within = catalog.stream().filter(d -> d.id().equals(type.indicatorId())).findFirst()
                    .map(IndicatorDefinition::expectedWithinDays).orElse(null);
            if (within == null) {
                throw new IllegalStateException("The worklist item " + type + " is due as indicator "
                        + type.indicatorId() + " says, but the catalog has no such indicator with windowDays or"
                        + " dueDays");
            }
            days.put(type, within);
        }
        return days;
    }

    /** The work items of one course the user may see; a closed long-stale item says so. */
    public List<WorkItem> items(CourseView course) {
        return rules.items(facts(course, facts.of(course.id())), closedReasons(course.id()), today());
    }

    /**
     * One page of the unit worklist: the user's active courses (in one of their units, or all) with
     * open items that are not long stale, one entry per course, most urgent group first. Two queries
     * (the counts, the page) and the shown courses' labels in one more; the courses shown are
     * audit-logged in one batch. A page past the end is the last page.
     */
    @Transactional
    public Worklist worklist(WorklistQuery query) {
        return read(query, false);
    }

    /** One page of the courses with long-stale items (overdue by more than 90 days), as {@link #worklist}. */
    @Transactional
    public Worklist stale(WorklistQuery query) {
        return read(query, true);
    }

    private Worklist read(WorklistQuery query, boolean stale) {
        CurrentUser me = reader();
        Set<UUID> units = query.unitId() == null ? me.unitIds() : Set.of(query.unitId());
        if (query.unitId() != null && !me.belongsTo(query.unitId())) {
            throw new InvalidInputException(FieldProblem.of("unitId", "patient.course.unit.notYours"));
        }
        if (units.isEmpty()) {
            return new Worklist(query, new PageOf<>(List.of(), 0, query.size(), 0), Map.of());
        }
        LocalDate today = today();
        WorklistQueries.Scope scope = new WorklistQueries.Scope(units, query.task(), query.mine() ? me.id() : null,
                today);
        // Usually one query: the page asked for, with the counts. Past the end (or nothing open), the counts
        // alone, and then the last page.
        WorklistQuery shown = query.onPage(Math.max(query.page(), 0));
        WorklistQueries.Counted page = page(scope, shown, stale);
        Map<WorklistGroup, Long> counts = page.counts() != null ? page.counts() : queries.counts(scope, rules);
        long total = stale ? counts.get(WorklistGroup.STALE)
                : WorklistGroup.LISTED.stream().mapToLong(counts::get).sum();
        int last = (int) Math.max((total + query.size() - 1) / query.size() - 1, 0);
        if (shown.page() > last) {
            shown = query.onPage(last);
            page = total == 0 ? new WorklistQueries.Counted(List.of(), counts) : page(scope, shown, stale);
        }
        List<WorklistQueries.Row> rows = page.rows();
        Map<UUID, CourseView> views = courses.listed(rows.stream().map(WorklistQueries.Row::courseId).toList(),
                        (stale ? "worklist, long stale: " : "worklist: ") + filters(shown)).stream()
                .collect(Collectors.toMap(CourseView::id, Function.identity()));
        List<CourseWork> work = rows.stream().filter(r -> views.containsKey(r.courseId()))
                .map(r -> new CourseWork(views.get(r.courseId()), stale ? WorklistGroup.STALE : r.group(),
                        openItems(r.due(), today)))
                .toList();
        return new Worklist(shown, new PageOf<>(work, shown.page(), shown.size(), total), counts);
    }

    private WorklistQueries.Counted page(WorklistQueries.Scope scope, WorklistQuery shown, boolean stale) {
        return stale ? queries.stalePage(scope, rules, shown.page(), shown.size())
                : queries.page(scope, rules, shown.page(), shown.size());
    }

    private static String filters(WorklistQuery query) {
        return "task=" + (query.task() == null ? "ALL" : query.task()) + " mine=" + query.mine() + " page="
                + query.page();
    }

    private List<OpenItem> openItems(Map<WorkItemType, LocalDate> due, LocalDate today) {
        return due.entrySet().stream()
                .sorted(Map.Entry.<WorkItemType, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> openItem(e.getKey(), e.getValue(), today))
                .toList();
    }

    private OpenItem openItem(WorkItemType type, LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(dueOn, today);
        return new OpenItem(type, dueOn, (int) Math.max(days, 0), (int) Math.max(-days, 0),
                rules.nearDeadline(dueOn, today));
    }

    /**
     * The long-stale open items of a course the user may register on, for the closing form; "not
     * found" for a course of another unit. Not audited: the form page reads the course with an audited
     * read of its own.
     */
    public List<OpenItem> staleItems(UUID courseId) {
        CourseView course = registrations.toChange(courseId);
        return staleItems(course, today());
    }

    private List<OpenItem> staleItems(CourseView course, LocalDate today) {
        if (!course.active()) {
            return List.of();
        }
        return rules.items(facts(course, facts.of(course.id())), closedReasons(course.id()), today).stream()
                .filter(i -> i.status() == WorkItemStatus.OVERDUE && i.closedReasonKey() == null
                        && WorklistRules.group(i.dueOn(), today) == WorklistGroup.STALE)
                .sorted(Comparator.comparing(WorkItem::dueOn))
                .map(i -> openItem(i.type(), i.dueOn(), today))
                .toList();
    }

    /**
     * Closes long-stale items of a course with a reason: each leaves the worklist for good, and each
     * closure is written to the audit log. The indicators do not change. Refused with the field named
     * when an item is not (or no longer) long stale and open, when the reason is missing, or when
     * "other" has no note; a course of another unit is "not found"; an item someone else closed
     * meanwhile is a concurrent edit, and nothing is stored.
     */
    @Transactional
    public void close(UUID courseId, Set<WorkItemType> items, ClosureReason reason, String note) {
        CourseView course = registrations.toChange(courseId);
        LocalDate today = registrations.today();
        List<FieldProblem> problems = new ArrayList<>();
        Map<WorkItemType, String> closed = closedReasons(courseId);
        if (items == null || items.isEmpty()) {
            problems.add(FieldProblem.of("items", "worklist.close.items.required"));
        } else if (items.stream().anyMatch(closed::containsKey)) {
            throw new ConcurrentEditException(CLOSURE);
        } else {
            Set<WorkItemType> stale = staleItems(course, today).stream().map(OpenItem::type)
                    .collect(Collectors.toSet());
            if (!stale.containsAll(items)) {
                problems.add(FieldProblem.of("items", "worklist.close.items.notStale"));
            }
        }
        if (reason == null) {
            problems.add(FieldProblem.of("reason", "worklist.close.reason.required"));
        }
        String text = FreeText.stripToNull(note);
        FreeText.check(text, "note", 200, problems);
        if (reason == ClosureReason.OTHER && text == null) {
            problems.add(FieldProblem.of("note", "worklist.close.note.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID me = currentUsers.current().id();
        for (WorkItemType type : new LinkedHashSet<>(items)) {
            WorklistClosure closure = Registrations.save(
                    () -> closures.save(WorklistClosure.of(courseId, type, reason, text, me, clock.instant())), CLOSURE);
            registrations.audit(AuditAction.CREATE, CLOSURE, closure.id(), course,
                    "closed long-stale " + type + ", reason " + reason);
        }
    }

    /** An open item is amber when due within this many days. */
    public int amberDays() {
        return rules.amberDays();
    }

    /** The units whose worklist the user may see. */
    public List<UnitView> myUnits() {
        return organisation.units(currentUsers.current().unitIds());
    }

    private Map<WorkItemType, String> closedReasons(UUID courseId) {
        Map<WorkItemType, String> reasons = new EnumMap<>(WorkItemType.class);
        closures.findByCourseId(courseId).forEach(c -> reasons.put(c.itemType(), "worklist.closure.reason." + c.reason()));
        return reasons;
    }

    private CurrentUser reader() {
        CurrentUser me = currentUsers.current();
        if (!me.mayReadCourses()) {
            throw new AccessDeniedException("no access to courses");
        }
        return me;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A course without a row of facts yet has nothing registered. */
    private static CourseFacts facts(CourseView course, Optional<CourseFactRow> row) {
        Function<WorkItemType, LocalDate> done = type -> row.map(f -> f.date(type.doneFact())).orElse(null);
        Map<WorkItemType, LocalDate> held = new EnumMap<>(WorkItemType.class);
        for (WorkItemType type : List.of(WorkItemType.CONVERSATION_PATIENT, WorkItemType.CONVERSATION_RELATIVES,
                WorkItemType.CONVERSATION_BOTH)) {
            if (done.apply(type) != null) {
                held.put(type, done.apply(type));
            }
        }
        String reason = row.map(f -> f.text("meeting_not_invited_reason")).orElse(null);
        return new CourseFacts(course.startDate(), course.endDate(), row.map(f -> f.flag("no_network")).orElse(false),
                // A letter, which may be handed to the patient to pass on, is not contact (ADR 0021).
                done.apply(WorkItemType.RELATIVES_CONTACT), held, done.apply(WorkItemType.CRISIS_PLAN),
                done.apply(WorkItemType.NETWORK_MEETING),
                reason == null ? null : "networkmeeting.notInvitedReason." + reason,
                done.apply(WorkItemType.SHARED_DECISION),
                row.map(f -> f.date(WorkItemType.SHARED_DECISION_REVISIT.dueFact())).orElse(null));
    }
}
