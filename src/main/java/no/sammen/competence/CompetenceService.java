package no.sammen.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.Profession;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitView;
import no.sammen.registration.FreeText;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff members' competence plans. A plan is read by its holder (the staff member linked to the
 * user) and by the leaders of the holder's unit; any other plan is "not found". Every read of a plan
 * and of the unit overview, and every change, is written to the audit log in the same transaction.
 */
@Service
@Transactional
class CompetenceService {

    static final String PLAN = "competence_plan";

    /** The unit overview: the items shown as columns, the plans as rows, and who held each kind of conversation. */
    record Overview(UnitView unit, List<PlanCatalog.Item> items, List<StaffPlanView> plans, int complete,
            Map<PracticeSource, List<String>> conversationsHeldBy, List<Profession> professions,
            List<String> positions) {

        /** The share of the staff shown with a complete plan, 0 to 1; null without staff. */
        public Double completeShare() {
            return plans.isEmpty() ? null : (double) complete / plans.size();
        }
    }

    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final PlanCatalog catalog;
    private final PlanBuilder builder;
    private final ItemRecordRepository records;
    private final AuditService audit;
    private final Clock clock;

    CompetenceService(OrganisationService organisation, CurrentUserService users, PlanCatalog catalog,
            PlanBuilder builder, ItemRecordRepository records, AuditService audit, Clock clock) {
        this.organisation = organisation;
        this.users = users;
        this.catalog = catalog;
        this.builder = builder;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The staff member the acting user is, if an administrator linked them. */
    @Transactional(readOnly = true)
    Optional<StaffView> myStaff() {
        return organisation.staffOfUser(users.current().id());
    }

    /** The units whose overview the user may see: those they lead. */
    @Transactional(readOnly = true)
    List<UnitView> ledUnits() {
        CurrentUser me = users.current();
        return me.hasRole(Role.LEADER) ? organisation.units(me.unitIds()) : List.of();
    }

    /** The units whose improvement team and implementation plan the user keeps: those they lead or coordinate. */
    @Transactional(readOnly = true)
    List<UnitView> implementationUnits() {
        CurrentUser me = users.current();
        return me.hasRole(Role.LEADER) || me.hasRole(Role.COORDINATOR) ? organisation.units(me.unitIds()) : List.of();
    }

    /** A staff member's plan, for its holder or a leader of their unit: audited. */
    StaffPlanView readPlan(UUID staffId) {
        StaffView staff = readable(staffId);
        StaffPlanView plan = builder.plans(List.of(staff)).get(0);
        audit.record(new AuditRecord(AuditAction.READ, PLAN, staffId.toString(), staff.unitId(), null,
                isMine(staff) ? "own plan" : "plan of staff " + staffId));
        return plan;
    }

    /**
     * Registers by hand that an item is planned or done (with a note as evidence), or clears it (all
     * null); {@code version} is the one read (-1 for an item never registered). Counted items are refused.
     */
    StaffPlanView register(UUID staffId, String itemId, long version, LocalDate plannedOn, LocalDate doneOn,
            String evidence) {
        StaffView staff = readable(staffId);
        PlanCatalog.Item item = itemOfPlan(staff, itemId);
        List<FieldProblem> problems = PlanRules.registration(item, item.name(LocaleContextHolder.getLocale()),
                plannedOn, doneOn, evidence, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ItemRecord record = records.findByStaffIdAndItemId(staffId, itemId).orElse(null);
        long current = record == null ? -1 : record.version();
        if (current != version) {
            throw new ConcurrentEditException(PLAN);
        }
        if (record == null) {
            record = ItemRecord.create(staffId, itemId);
        }
        record.register(plannedOn, doneOn, FreeText.stripToNull(evidence), users.current().id(), clock.instant());
        save(record);
        audit.record(new AuditRecord(AuditAction.UPDATE, PLAN, staffId.toString(), staff.unitId(), null,
                "item " + itemId + ": planned " + text(plannedOn) + ", done " + text(doneOn)));
        return builder.plans(List.of(staff)).get(0);
    }

    /** A leader of the unit confirms an item registered as done, where the template asks for it. */
    StaffPlanView confirm(UUID staffId, String itemId) {
        StaffView staff = readable(staffId);
        CurrentUser me = users.current();
        if (!leads(me, staff) || isMine(staff)) {
            throw new AccessDeniedException("only a leader of the unit confirms another's item");
        }
        PlanCatalog.Item item = itemOfPlan(staff, itemId);
        ItemRecord record = records.findByStaffIdAndItemId(staffId, itemId).orElse(null);
        if (!item.confirmedByLeader() || record == null || record.doneOn() == null) {
            throw new InvalidInputException(FieldProblem.of("itemId", "competence.confirm.notAwaiting",
                    item.name(LocaleContextHolder.getLocale())));
        }
        record.confirm(me.id(), LocalDate.now(clock));
        save(record);
        audit.record(new AuditRecord(AuditAction.UPDATE, PLAN, staffId.toString(), staff.unitId(), null,
                "item " + itemId + " confirmed"));
        return builder.plans(List.of(staff)).get(0);
    }

    /** The unit overview for a leader of the unit, filtered by profession and position (null: all): audited. */
    Overview overview(UUID unitId, Profession profession, String position) {
        CurrentUser me = users.current();
        if (!me.hasRole(Role.LEADER) || !me.belongsTo(unitId)) {
            throw new NotFoundException("unit");
        }
        UnitView unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
        List<StaffView> all = organisation.staff(unitId);
        List<StaffView> shown = all.stream()
                .filter(s -> profession == null || s.profession() == profession)
                .filter(s -> position == null || position.isBlank() || s.position().equalsIgnoreCase(position.strip()))
                .toList();
        List<StaffPlanView> plans = builder.plans(shown);
        Set<String> used = new LinkedHashSet<>();
        plans.forEach(p -> p.items().forEach(i -> used.add(i.itemId())));
        List<PlanCatalog.Item> items = catalog.allItems().stream().filter(i -> used.contains(i.id())).toList();
        Map<PracticeSource, List<String>> heldBy = new LinkedHashMap<>();
        for (PracticeSource kind : List.of(PracticeSource.CONVERSATION_PATIENT, PracticeSource.CONVERSATION_RELATIVES,
                PracticeSource.CONVERSATION_BOTH)) {
            heldBy.put(kind, plans.stream().filter(p -> p.items().stream().anyMatch(i -> i.evidence().stream()
                    .anyMatch(e -> e.source() == kind))).map(StaffPlanView::fullName).toList());
        }
        int complete = (int) plans.stream().filter(StaffPlanView::complete).count();
        audit.record(new AuditRecord(AuditAction.LIST, PLAN, null, unitId, null, "unit overview; profession "
                + (profession == null ? "-" : profession) + "; position " + (position == null ? "-" : position)));
        return new Overview(unit, items, plans, complete, heldBy,
                all.stream().map(StaffView::profession).distinct().sorted().toList(),
                all.stream().map(StaffView::position).distinct().sorted(Comparator.naturalOrder()).toList());
    }

    private StaffView readable(UUID staffId) {
        CurrentUser me = users.current();
        StaffView staff = organisation.staffMember(staffId).orElseThrow(() -> new NotFoundException("staff"));
        if (!isMine(staff) && !leads(me, staff)) {
            throw new NotFoundException("staff");
        }
        return staff;
    }

    private boolean isMine(StaffView staff) {
        return organisation.staffOfUser(users.current().id()).map(s -> s.id().equals(staff.id())).orElse(false);
    }

    private static boolean leads(CurrentUser me, StaffView staff) {
        return me.hasRole(Role.LEADER) && me.belongsTo(staff.unitId());
    }

    private PlanCatalog.Item itemOfPlan(StaffView staff, String itemId) {
        UnitView unit = organisation.unit(staff.unitId()).orElseThrow(() -> new NotFoundException("unit"));
        return catalog.planFor(staff.profession(), unit.type()).flatMap(t -> t.items().stream()
                .filter(i -> i.id().equals(itemId)).findFirst()).orElseThrow(() -> new NotFoundException("item"));
    }

    private void save(ItemRecord record) {
        try {
            records.save(record);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentEditException(PLAN);
        }
    }

    private static String text(LocalDate day) {
        return day == null ? "-" : day.toString();
    }

}
