package no.sammen.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.organisation.OrganisationService;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the competence plans: K9 per unit and month, for users who belong to
 * the unit. An aggregate, so not audited. The staff of a unit are today's (the organisation keeps no
 * history of who worked where), and a plan counts as complete at the end of a month when every item's
 * completion day lies on or before it.
 */
@Service
@Transactional(readOnly = true)
public class CompetencePlans {

    static final int MAX_MONTHS = 120;

    private final OrganisationService organisation;
    private final PlanBuilder builder;
    private final CurrentUserService users;
    private final Clock clock;

    CompetencePlans(OrganisationService organisation, PlanBuilder builder, CurrentUserService users, Clock clock) {
        this.organisation = organisation;
        this.builder = builder;
        this.users = users;
        this.clock = clock;
    }

    /** K9 for each month from {@code from} to {@code to}, both included. */
    public List<K9Month> k9(UUID unitId, YearMonth from, YearMonth to) {
        CurrentUser me = users.current();
        if (!me.belongsTo(unitId) || organisation.unit(unitId).isEmpty()) {
            throw new NotFoundException("unit");
        }
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new InvalidInputException(FieldProblem.of("to", "competence.k9.range", MAX_MONTHS));
        }
        List<LocalDate> completed = builder.plans(organisation.staff(unitId)).stream()
                .map(StaffPlanView::completedOn).toList();
        LocalDate today = LocalDate.now(clock);
        List<K9Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            int complete = (int) completed.stream().filter(d -> d != null && !d.isAfter(end)).count();
            months.add(new K9Month(m, completed.size(), complete, !end.isBefore(today)));
        }
        return months;
    }
}
