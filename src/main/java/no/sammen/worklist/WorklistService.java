package no.sammen.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.sammen.coursefact.CourseFactRow;
import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.security.CurrentUserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what has been registered for a course from its facts (kept by the modules that register
 * them, {@code coursefact}) and applies the {@link WorklistRules}, with each item due as the
 * indicator catalog says. Reading goes through the courses the acting user may see.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    /** The day fact of each item that is done when it is there. */
    private static final Map<WorkItemType, String> CONVERSATION_FACTS = Map.of(
            WorkItemType.CONVERSATION_PATIENT, "patient_conversation_on",
            WorkItemType.CONVERSATION_RELATIVES, "relatives_conversation_on",
            WorkItemType.CONVERSATION_BOTH, "both_conversation_on");

    private final CourseService courses;
    private final CourseFactService facts;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;
    private final WorklistRules rules;
    private final Clock clock;

    WorklistService(CourseService courses, CourseFactService facts, IndicatorService indicators,
            OrganisationService organisation, CurrentUserService currentUsers, Clock clock) {
        this.courses = courses;
        this.facts = facts;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
        this.rules = new WorklistRules(dueDays(indicators.catalog()));
        this.clock = clock;
    }

    /** The days each item is due after the start, from its indicator's catalog entry; fails at start-up without. */
    static Map<WorkItemType, Integer> dueDays(List<IndicatorDefinition> catalog) {
        Map<WorkItemType, Integer> days = new EnumMap<>(WorkItemType.class);
        for (WorkItemType type : WorkItemType.values()) {
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

    /** The work items of one course the user may see. */
    public List<WorkItem> items(CourseView course) {
        return rules.items(facts(course), LocalDate.now(clock));
    }

    /**
     * The open items of all active courses in the user's units (or one of them), overdue first, then
     * by due date: the courses in one query and their facts in one more, whatever their number. Not
     * audited: the caller logs the courses it shows with {@link #shown}.
     */
    public List<UnitWorkItem> openItems(UUID unitId) {
        LocalDate today = LocalDate.now(clock);
        List<CourseView> active = courses.activeCourses(unitId);
        Map<UUID, CourseFactRow> factsOf = facts.activeInUnits(active.stream().map(CourseView::unitId)
                .collect(java.util.stream.Collectors.toSet()));
        return active.stream()
                .flatMap(course -> rules.items(facts(course, Optional.ofNullable(factsOf.get(course.id()))), today)
                        .stream()
                        .filter(WorkItem::open)
                        .map(item -> new UnitWorkItem(course, item)))
                .sorted(Comparator.comparing((UnitWorkItem w) -> w.item().status())
                        .thenComparing(w -> w.item().dueOn())
                        .thenComparing(w -> w.course().displayLabel()))
                .toList();
    }

    /** Writes to the log that the courses of these items were shown, each course once. */
    @Transactional
    public void shown(List<UnitWorkItem> items) {
        courses.shown(items.stream().map(UnitWorkItem::course).distinct().toList(), "worklist");
    }

    /** The units whose worklist the user may see. */
    public List<UnitView> myUnits() {
        return organisation.units(currentUsers.current().unitIds());
    }

    private CourseFacts facts(CourseView course) {
        return facts(course, facts.of(course.id()));
    }

    /** A course without a row of facts yet has nothing registered. */
    private static CourseFacts facts(CourseView course, Optional<CourseFactRow> row) {
        Map<WorkItemType, LocalDate> held = new EnumMap<>(WorkItemType.class);
        row.ifPresent(f -> CONVERSATION_FACTS.forEach((type, fact) -> {
            if (f.date(fact) != null) {
                held.put(type, f.date(fact));
            }
        }));
        String reason = row.map(f -> f.text("meeting_not_invited_reason")).orElse(null);
        return new CourseFacts(course.startDate(), course.endDate(), row.map(f -> f.flag("no_network")).orElse(false),
                // A letter, which may be handed to the patient to pass on, is not contact (ADR 0021).
                row.map(f -> f.date("first_direct_contact_on")).orElse(null), held,
                row.map(f -> f.date("crisis_plan_on")).orElse(null),
                row.map(f -> f.date("meeting_done_on")).orElse(null),
                reason == null ? null : "networkmeeting.notInvitedReason." + reason);
    }
}
