package no.sammen.competence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.ProportionContributor;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * K9 in the indicator catalog (ADR 0038): per unit and month, the unit's staff and those whose competence plan
 * was complete at the month's end — the definition of {@link CompetencePlans#k9}, so that the catalog and the
 * leader's overview agree. The staff are today's for every month (the organisation keeps no history of who worked
 * where, ADR 0035). The plans of all units' staff are built at once: one read of the registered items, the
 * counted practice and the groups, whatever the number of units.
 */
@Component
class CompletePlanCounts implements ProportionContributor {

    static final String NAME = "competence_plans";

    private final OrganisationService organisation;
    private final PlanBuilder builder;

    CompletePlanCounts(OrganisationService organisation, PlanBuilder builder) {
        this.organisation = organisation;
        this.builder = builder;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * In the report's transaction, on its one connection (a second one would make a request need two at once): the
     * group programmes answer a viewer outside a unit "not found" (caught by the plan builder) without marking the
     * transaction for rollback.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Row> monthly(LocalDate from, LocalDate to) {
        List<StaffView> staff = new ArrayList<>();
        for (UnitView unit : organisation.units()) {
            staff.addAll(organisation.staff(unit.id()));
        }
        Map<UUID, List<LocalDate>> completedByUnit = new LinkedHashMap<>();
        List<StaffPlanView> plans = builder.plans(staff);
        for (int i = 0; i < staff.size(); i++) {
            completedByUnit.computeIfAbsent(staff.get(i).unitId(), u -> new ArrayList<>())
                    .add(plans.get(i).completedOn());
        }
        List<Row> rows = new ArrayList<>();
        completedByUnit.forEach((unit, completed) -> {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                LocalDate end = m.atEndOfMonth();
                long complete = completed.stream().filter(d -> d != null && !d.isAfter(end)).count();
                rows.add(new Row(unit, m, complete, completed.size(), false));
            }
        });
        return rows;
    }
}
