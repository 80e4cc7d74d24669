package no.sammen.competence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.implementation.TrainingAttendance;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitType;
import no.sammen.organisation.UnitView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts staff members' plans together: template, what was registered by hand, what was counted, and the
 * training events attended on the topic an item names (ADR 0037).
 */
@Component
class PlanBuilder {

    private final PlanCatalog catalog;
    private final ItemRecordRepository records;
    private final PracticeCounts practice;
    private final OrganisationService organisation;
    private final TrainingAttendance attendance;

    PlanBuilder(PlanCatalog catalog, ItemRecordRepository records, PracticeCounts practice,
            OrganisationService organisation, TrainingAttendance attendance) {
        this.attendance = attendance;
        this.catalog = catalog;
        this.records = records;
        this.practice = practice;
        this.organisation = organisation;
    }

    /** The plans of these staff members, in the order given. */
    List<StaffPlanView> plans(Collection<StaffView> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, UnitType> unitTypes = organisation.units(staff.stream().map(StaffView::unitId).distinct().toList())
                .stream().collect(Collectors.toMap(UnitView::id, UnitView::type));
        Map<UUID, Map<String, ItemRecord>> registered = new HashMap<>();
        records.findByStaffIdIn(staff.stream().map(StaffView::id).toList()).forEach(r -> registered
                .computeIfAbsent(r.staffId(), k -> new HashMap<>()).put(r.itemId(), r));
        Map<UUID, List<Evidence>> counted = practice.of(staff);
        Map<UUID, List<TrainingAttendance.Attended>> attended = attendance.of(staff.stream().map(StaffView::id)
                .toList()).stream().collect(Collectors.groupingBy(TrainingAttendance.Attended::staffId));
        return staff.stream().map(s -> plan(s, catalog.planFor(s.profession(), unitTypes.get(s.unitId())),
                registered.getOrDefault(s.id(), Map.of()), counted.getOrDefault(s.id(), List.of()),
                attended.getOrDefault(s.id(), List.of()), locale)).toList();
    }

    private static StaffPlanView plan(StaffView s, Optional<PlanCatalog.Template> template,
            Map<String, ItemRecord> registered, List<Evidence> counted, List<TrainingAttendance.Attended> attended,
            Locale locale) {
        if (template.isEmpty()) {
            return new StaffPlanView(s.id(), s.fullName(), s.profession(), s.position(), s.unitId(), null, null, null,
                    List.of(), null);
        }
        List<PlanItemView> items = template.get().items().stream().map(item -> {
            ItemRecord record = registered.get(item.id());
            PlanRules.Registered r = record == null ? PlanRules.Registered.NONE : record.registered();
            List<Evidence> evidence = item.counted() != null
                    ? counted.stream().filter(e -> e.source() == item.counted().source()).toList()
                    : attended.stream().filter(a -> a.topic() == item.attendedAt())
                            .map(a -> new Evidence(PracticeSource.TRAINING_EVENT, a.eventId(), a.heldOn())).toList();
            return new PlanItemView(item.id(), item.kind(), item.name(locale), item.confirmedByLeader(),
                    item.counted() != null, item.counted() == null ? 1 : item.counted().times(),
                    PlanRules.state(item, r, evidence), r.plannedOn(), r.doneOn(), r.evidence(), r.confirmedOn(),
                    PlanRules.completedOn(item, r, evidence).orElse(null), evidence,
                    record == null ? -1 : record.version());
        }).toList();
        return new StaffPlanView(s.id(), s.fullName(), s.profession(), s.position(), s.unitId(), template.get().id(),
                template.get().version(), template.get().name(locale), items,
                PlanRules.planCompletedOn(items.stream().map(i -> Optional.ofNullable(i.completedOn())).toList())
                        .orElse(null));
    }
}
