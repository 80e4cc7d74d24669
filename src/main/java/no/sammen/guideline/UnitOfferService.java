package no.sammen.guideline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.registration.Registrations;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each unit offers of the guideline catalog's offers (§3 of the guideline pathway). Organisation-level
 * data: readable by everyone signed in, changed by an administrator or a leader of the unit, and every
 * change written to the audit log the way changes to the organisation are (the unit, no patient).
 */
@Service
@Transactional
class UnitOfferService {

    static final String OBJECT_TYPE = "unit_offers";
    static final int MAX_WAITING_WEEKS = 104;

    private final UnitOfferRepository sets;
    private final OrganisationService organisation;
    private final Guideline guideline;
    private final CurrentUserService users;
    private final AuditService audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    UnitOfferService(UnitOfferRepository sets, OrganisationService organisation, Guideline guideline,
            CurrentUserService users, AuditService audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.organisation = organisation;
        this.guideline = guideline;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The catalog's offers: the measures that a unit either has or lacks, in catalog order. */
    List<Recommendation> catalogOffers() {
        return guideline.recommendations().stream().filter(Recommendation::offeredByUnits).toList();
    }

    /** Whether the unit has the offer. */
    @Transactional(readOnly = true)
    boolean has(UUID unitId, String recommendationId) {
        return offered(unitId).containsKey(recommendationId);
    }

    /**
     * What the unit offers, each with its waiting weeks (null when not given), read in one statement: what a
     * course's checklist needs, without the unit's names.
     */
    @Transactional(readOnly = true)
    Map<String, Integer> offered(UUID unitId) {
        Map<String, Integer> offered = new HashMap<>();
        jdbc.sql("select recommendation_id, waiting_weeks from unit_offer where unit_id = :unitId")
                .param("unitId", unitId)
                .query(rs -> {
                    int weeks = rs.getInt(2);
                    offered.put(rs.getString(1), rs.wasNull() ? null : weeks);
                });
        return offered;
    }

    /** One unit's offers. */
    @Transactional(readOnly = true)
    UnitOffersView offers(UUID unitId) {
        UnitView unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
        return view(unit, sets.findById(unitId).orElse(null));
    }

    /** Every active unit's offers, by clinic and unit name: the regional view. */
    @Transactional(readOnly = true)
    List<UnitOffersView> all() {
        Map<UUID, UnitOfferSet> byUnit = new HashMap<>();
        sets.findAll().forEach(s -> byUnit.put(s.unitId(), s));
        return organisation.units().stream().filter(UnitView::active)
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name))
                .map(u -> view(u, byUnit.get(u.id()))).toList();
    }

    /** Whether the acting user may change the unit's offers: an administrator, or a leader of the unit. */
    boolean mayMaintain(CurrentUser user, UUID unitId) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER) && user.belongsTo(unitId);
    }

    /** The units whose offers the acting user may change. */
    List<UnitView> maintainable() {
        CurrentUser user = users.current();
        return organisation.units().stream().filter(UnitView::active).filter(u -> mayMaintain(user, u.id()))
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name)).toList();
    }

    /**
     * Sets whether the unit has one offer and its usual waiting time, at the version the user read.
     *
     * @param waitingWeeks null when not known; ignored when the unit lacks the offer
     */
    UnitOffersView change(UUID unitId, long version, String recommendationId, Boolean offered, Integer waitingWeeks) {
        UnitView unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
        if (!mayMaintain(users.current(), unitId)) {
            throw new AccessDeniedException("may not change the unit's offers");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (guideline.find(recommendationId).filter(Recommendation::offeredByUnits).isEmpty()) {
            problems.add(FieldProblem.of("recommendationId", "guideline.offers.recommendation.unknown"));
        }
        if (offered == null) {
            problems.add(FieldProblem.of("offered", "guideline.offers.offered.required"));
        }
        if (Boolean.TRUE.equals(offered) && waitingWeeks != null
                && (waitingWeeks < 0 || waitingWeeks > MAX_WAITING_WEEKS)) {
            problems.add(FieldProblem.of("waitingWeeks", "guideline.offers.waitingWeeks.range", MAX_WAITING_WEEKS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitOfferSet stored = sets.findById(unitId).orElse(null);
        Registrations.checkVersion(shownVersion(stored), version, OBJECT_TYPE);
        Set<UnitOfferSet.Offer> offers = new HashSet<>(stored == null ? Set.of() : stored.offers());
        offers.removeIf(o -> o.recommendationId().equals(recommendationId));
        if (offered) {
            offers.add(new UnitOfferSet.Offer(recommendationId, waitingWeeks));
        }
        String before = describe(stored);
        UnitOfferSet saved = Registrations.save(() -> sets.save(new UnitOfferSet(unitId, offers, clock.instant(),
                stored == null ? null : stored.version())), OBJECT_TYPE);
        String after = describe(saved);
        if (!Objects.equals(before, after)) {
            audit.record(new AuditRecord(stored == null ? AuditAction.CREATE : AuditAction.UPDATE, OBJECT_TYPE,
                    unitId.toString(), unitId, null, before + " -> " + after));
        }
        return view(unit, saved);
    }

    /** The offers for the audit log, in one line: ids and waiting weeks, sorted. */
    private static String describe(UnitOfferSet set) {
        if (set == null || set.offers().isEmpty()) {
            return "none";
        }
        Map<String, Integer> sorted = new TreeMap<>();
        set.offers().forEach(o -> sorted.put(o.recommendationId(), o.waitingWeeks()));
        List<String> parts = new ArrayList<>();
        sorted.forEach((id, weeks) -> parts.add(id + (weeks == null ? "" : " " + weeks + "w")));
        return String.join(", ", parts);
    }

    private static UnitOffersView view(UnitView unit, UnitOfferSet set) {
        Map<String, Integer> offers = new HashMap<>();
        if (set != null) {
            set.offers().forEach(o -> offers.put(o.recommendationId(), o.waitingWeeks()));
        }
        return new UnitOffersView(unit.id(), unit.name(), unit.clinicId(), unit.clinicName(),
                java.util.Collections.unmodifiableMap(offers), shownVersion(set));
    }

    /** 0 before anything was saved, then one more than the stored version, so that the first save moves it. */
    private static long shownVersion(UnitOfferSet set) {
        return set == null ? 0 : set.version() + 1;
    }
}
