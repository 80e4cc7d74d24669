package no.sammen.fidelity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.groupprogramme.GroupProgrammeFigures;
import no.sammen.groupprogramme.Programme;
import no.sammen.imr.ImrCurriculum;
import no.sammen.imr.ImrFigures;
import no.sammen.imr.ImrModule;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fidelity per unit and half-year: every item of both scales, with its score, its basis, or what an
 * assessor would look at. Aggregate only, as the IMR counts are: for the unit's members who may read
 * courses, analysts and administrators; any other user, or an unknown unit, gets "not found".
 */
@Service
@Transactional(readOnly = true)
class FidelityService {

    /** Half-years offered in the switch, the one in progress included. */
    static final int HALF_YEARS_SHOWN = 6;

    /** One item as shown: the scale's words and, if computed, its score; {@code score} null if not computed. */
    record ItemResult(FidelityScales.Item item, ItemScore score) {

        public boolean computed() {
            return score != null;
        }
    }

    /** One programme: whether the unit has any registrations of it, and every item. */
    record ScaleResult(FidelityScales.Scale scale, boolean registered, List<ItemResult> items) {

        public long scored() {
            return items.stream().filter(i -> i.computed() && !i.score().tooLittleData()).count();
        }

        public long computed() {
            return items.stream().filter(ItemResult::computed).count();
        }
    }

    record Report(UnitView unit, HalfYear half, boolean provisional, LocalDate asOf, int scalesVersion,
            List<ScaleResult> scales) {

        public boolean anyRegistered() {
            return scales.stream().anyMatch(ScaleResult::registered);
        }
    }

    private final FidelityScales scales;
    private final GroupProgrammeFigures groups;
    private final ImrFigures imr;
    private final ImrCurriculum curriculum;
    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final Clock clock;

    FidelityService(FidelityScales scales, GroupProgrammeFigures groups, ImrFigures imr, ImrCurriculum curriculum,
            OrganisationService organisation, CurrentUserService users, Clock clock) {
        this.scales = scales;
        this.groups = groups;
        this.imr = imr;
        this.curriculum = curriculum;
        this.organisation = organisation;
        this.users = users;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The half-year shown when none is asked for: the latest complete one. */
    HalfYear defaultHalf() {
        return HalfYear.latestComplete(today());
    }

    /** The half-years of the switch, newest first: the one in progress and the five before it. */
    List<HalfYear> choices() {
        List<HalfYear> halves = new ArrayList<>();
        for (HalfYear h = HalfYear.of(today()); halves.size() < HALF_YEARS_SHOWN; h = h.previous()) {
            halves.add(h);
        }
        return halves;
    }

    /** The units the user may see fidelity of: their own, or every active unit for analysts and administrators. */
    List<UnitView> units() {
        CurrentUser me = users.current();
        List<UnitView> units = me.hasRole(Role.ADMIN) || me.hasRole(Role.ANALYST) ? organisation.units()
                : me.mayReadCourses() ? organisation.units(me.unitIds()) : List.of();
        return units.stream().filter(UnitView::active)
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name)).toList();
    }

    Report report(UUID unitId, HalfYear half) {
        UnitView unit = requireReader(unitId);
        LocalDate today = today();
        LocalDate from = half.from();
        LocalDate asOf = half.asOf(today);
        Map<String, Integer> modules = curriculum.modules().stream()
                .collect(Collectors.toMap(ImrModule::id, ImrModule::number));
        ImrFigures.Activity imrActivity = imr.activity(unitId, asOf);
        GroupProgrammeFigures.Activity imrGroups = groups.activity(unitId, Programme.IMR, asOf);
        GroupProgrammeFigures.Activity pef = groups.activity(unitId, Programme.PEF, asOf);
        List<ScaleResult> results = new ArrayList<>();
        for (FidelityScales.Scale scale : scales.scales()) {
            boolean isImr = scale.id().equals("IMR");
            Map<String, ItemScore> scores = isImr ? FidelityRuleSet.imr(imrActivity, imrGroups, modules, from, asOf)
                    : FidelityRuleSet.pef(pef, from, asOf);
            boolean registered = isImr ? !imrActivity.sessions().isEmpty() || !imrGroups.groups().isEmpty()
                    : !pef.groups().isEmpty();
            results.add(new ScaleResult(scale, registered, scale.items().stream()
                    .map(i -> new ItemResult(i, i.computed() ? scores.get(i.id()) : null)).toList()));
        }
        return new Report(unit, half, half.inProgress(today), asOf, scales.version(), results);
    }

    /** Fidelity is an aggregate of a unit: for its members who may read courses, analysts and administrators. */
    private UnitView requireReader(UUID unitId) {
        CurrentUser me = users.current();
        UnitView unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
        if (!(me.hasRole(Role.ADMIN) || me.hasRole(Role.ANALYST) || me.mayReadCourses() && me.belongsTo(unitId))) {
            throw new NotFoundException("unit");
        }
        return unit;
    }
}
