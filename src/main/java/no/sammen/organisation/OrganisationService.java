package no.sammen.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationChanged.Change;
import no.sammen.organisation.OrganisationChanged.Part;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the organisation. The only way other modules reach it. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final HealthTrustRepository trusts;
    private final ClinicRepository clinics;
    private final UnitRepository units;
    private final StaffRepository staff;
    private final ApplicationEventPublisher events;
    private final StaffAccounts accounts;

    OrganisationService(HealthTrustRepository trusts, ClinicRepository clinics, UnitRepository units,
            StaffRepository staff, ApplicationEventPublisher events, StaffAccounts accounts) {
        this.accounts = accounts;
        this.trusts = trusts;
        this.clinics = clinics;
        this.units = units;
        this.staff = staff;
        this.events = events;
    }

    public List<ClinicView> clinics() {
        Map<UUID, HealthTrust> trustById = trusts.findAll().stream()
                .collect(Collectors.toMap(HealthTrust::id, Function.identity()));
        return clinics.findAll().stream()
                .map(c -> new ClinicView(c.id(), c.name(), c.trustId(), trustById.get(c.trustId()).name()))
                .sorted(Comparator.comparing(ClinicView::name))
                .toList();
    }

    /** All units, ordered by clinic and name. */
    public List<UnitView> units() {
        return toViews(units.findAll());
    }

    public List<UnitView> units(Collection<UUID> ids) {
        return toViews(units.findAllById(ids));
    }

    public Optional<UnitView> unit(UUID id) {
        return units.findById(id).map(u -> toViews(List.of(u)).get(0));
    }

    public List<StaffView> staff(UUID unitId) {
        return staff.findByUnitIdOrderByFullName(unitId).stream().map(Staff::toView).toList();
    }

    public Optional<StaffView> staffMember(UUID staffId) {
        return staff.findById(staffId).map(Staff::toView);
    }

    /** The staff member a user account belongs to, if an administrator linked them. */
    public Optional<StaffView> staffOfUser(UUID userId) {
        return accounts.staffOfUser(userId).flatMap(this::staffMember);
    }

    /** Staff id to user id, of those of these staff members who have a user account. */
    public Map<UUID, UUID> usersOfStaff(Collection<UUID> staffIds) {
        return accounts.usersOfStaff(staffIds);
    }

    /**
     * Links a staff member to the user account they log in with (null: none), taking the account from
     * anyone it was linked to; published as {@link OrganisationChanged} for the audit log.
     */
    @Transactional
    public void linkAccount(UUID staffId, UUID userId) {
        StaffView member = staffMember(staffId).orElseThrow(() -> new NotFoundException("staff"));
        Optional<UUID> before = accounts.userOfStaff(staffId);
        if (before.equals(Optional.ofNullable(userId))) {
            return;
        }
        accounts.staffOfUser(userId == null ? new UUID(0, 0) : userId).filter(other -> !other.equals(staffId))
                .ifPresent(other -> events.publishEvent(new OrganisationChanged(Part.STAFF, other, Change.UPDATED,
                        "user account: " + userId + " -> -")));
        accounts.link(staffId, userId);
        events.publishEvent(new OrganisationChanged(Part.STAFF, staffId, Change.UPDATED, "unit: " + member.unitId()
                + "; user account: " + before.map(UUID::toString).orElse("-") + " -> " + (userId == null ? "-" : userId)));
    }

    /** Creates a unit; the change is published as {@link OrganisationChanged} for the audit log. */
    @Transactional
    public UnitView createUnit(UnitDetails details) {
        validate(details, null);
        UnitView created = toViews(List.of(units.save(Unit.create(details)))).get(0);
        events.publishEvent(new OrganisationChanged(Part.UNIT, created.id(), Change.CREATED, describe(created)));
        return created;
    }

    /** Changes a unit opened at {@code version}; refuses if someone else saved it meanwhile. */
    @Transactional
    public UnitView updateUnit(UUID id, long version, UnitDetails details) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit"));
        if (unit.version() != version) {
            throw new ConcurrentEditException("unit");
        }
        validate(details, unit);
        String before = describe(toViews(List.of(unit)).get(0));
        unit.change(details);
        UnitView saved;
        try {
            saved = toViews(List.of(units.save(unit))).get(0);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("unit");
        }
        String after = describe(saved);
        if (!after.equals(before)) {
            events.publishEvent(new OrganisationChanged(Part.UNIT, id, Change.UPDATED, before + " -> " + after));
        }
        return saved;
    }

    /** A unit's facts for the audit log, in one line. */
    private static String describe(UnitView unit) {
        return "name: " + unit.name() + "; clinic: " + unit.clinicId() + "; type: " + unit.type()
                + "; phone: " + (unit.phone() == null ? "-" : unit.phone())
                + "; implementation start: " + (unit.implementationStart() == null ? "-" : unit.implementationStart())
                + "; active: " + unit.active();
    }

    private void validate(UnitDetails details, Unit existing) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.clinicId() == null || !clinics.existsById(details.clinicId())) {
            problems.add(FieldProblem.of("clinicId", "organisation.unit.clinic.required"));
        }
        if (details.name() == null || details.name().isBlank()) {
            problems.add(FieldProblem.of("name", "organisation.unit.name.required"));
        } else if (details.name().strip().length() > 200) {
            problems.add(FieldProblem.of("name", "validation.tooLong", 200));
        } else if (details.clinicId() != null
                && (existing == null || !existing.name().equalsIgnoreCase(details.name().strip())
                        || !existing.clinicId().equals(details.clinicId()))
                && units.existsByClinicIdAndNameIgnoreCase(details.clinicId(), details.name().strip())) {
            problems.add(FieldProblem.of("name", "organisation.unit.name.taken"));
        }
        if (details.type() == null) {
            problems.add(FieldProblem.of("type", "organisation.unit.type.required"));
        }
        if (details.phone() != null && !details.phone().isBlank()
                && !details.phone().strip().matches("\\+?[0-9 ]{3,20}")) {
            problems.add(FieldProblem.of("phone", "organisation.unit.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private List<UnitView> toViews(Collection<Unit> found) {
        Set<UUID> clinicIds = found.stream().map(Unit::clinicId).collect(Collectors.toSet());
        Map<UUID, Clinic> clinicById = clinics.findAllById(clinicIds).stream()
                .collect(Collectors.toMap(Clinic::id, Function.identity()));
        return found.stream()
                .map(u -> {
                    Clinic clinic = clinicById.get(u.clinicId());
                    return new UnitView(u.id(), u.name(), u.unitType(), clinic.id(), clinic.name(), clinic.trustId(),
                            u.phone(), u.implementationStart(), u.active(), u.version());
                })
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name))
                .toList();
    }
}
