package no.sammen.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationChanged.Change;
import no.sammen.organisation.OrganisationChanged.Part;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on health trusts and clinics: list, create, rename (a clinic may also move
 * to another trust) and delete. A name is unique within its parent, ignoring case: trusts among all
 * trusts, clinics within their trust. Only an empty trust or clinic can be deleted, so that no unit,
 * and with it no course, ever loses its place. Every change is published as {@link
 * OrganisationChanged} inside the transaction, for the audit log.
 */
@Service
@Transactional
class OrganisationAdminService {

    static final int NAME_MAX = 200;
    /** The field a refused deletion is reported on; no form has it, so it shows as a form-wide error. */
    static final String DELETE = "delete";

    private final HealthTrustRepository trusts;
    private final ClinicRepository clinics;
    private final UnitRepository units;
    private final ApplicationEventPublisher events;

    OrganisationAdminService(HealthTrustRepository trusts, ClinicRepository clinics, UnitRepository units,
            ApplicationEventPublisher events) {
        this.trusts = trusts;
        this.clinics = clinics;
        this.units = units;
        this.events = events;
    }

    /** A trust with its clinics, for the overview. */
    record TrustRow(UUID id, String name, List<ClinicRow> clinics) {
    }

    record ClinicRow(UUID id, String name, long unitCount) {
    }

    /** A trust as its edit form opens it. */
    record EditedTrust(UUID id, String name, long version, boolean empty) {
    }

    /** A clinic as its edit form opens it. */
    record EditedClinic(UUID id, UUID trustId, String trustName, String name, long version, boolean empty) {
    }

    /** Trusts by name, each with its clinics by name and the number of units of each clinic. */
    @Transactional(readOnly = true)
    List<TrustRow> overview() {
        Map<UUID, Long> unitCounts = units.findAll().stream()
                .collect(Collectors.groupingBy(Unit::clinicId, Collectors.counting()));
        Map<UUID, List<ClinicRow>> clinicsOfTrust = clinics.findAll().stream()
                .sorted(Comparator.comparing(Clinic::name, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.groupingBy(Clinic::trustId, Collectors.mapping(
                        c -> new ClinicRow(c.id(), c.name(), unitCounts.getOrDefault(c.id(), 0L)),
                        Collectors.toList())));
        return trusts.findAll().stream()
                .sorted(Comparator.comparing(HealthTrust::name, String.CASE_INSENSITIVE_ORDER))
                .map(t -> new TrustRow(t.id(), t.name(), clinicsOfTrust.getOrDefault(t.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    EditedTrust trust(UUID id) {
        HealthTrust trust = findTrust(id);
        return new EditedTrust(trust.id(), trust.name(), trust.version(), !clinics.existsByTrustId(id));
    }

    @Transactional(readOnly = true)
    EditedClinic clinic(UUID id) {
        Clinic clinic = findClinic(id);
        return new EditedClinic(clinic.id(), clinic.trustId(), findTrust(clinic.trustId()).name(), clinic.name(),
                clinic.version(), !units.existsByClinicId(id));
    }

    UUID createTrust(String name) {
        String stripped = validateTrustName(name, null);
        HealthTrust trust;
        try {
            trust = trusts.save(HealthTrust.create(stripped));
        } catch (DataIntegrityViolationException e) {
            // Someone created a trust of the same name between the check and the insert.
            throw new InvalidInputException(FieldProblem.of("name", "organisation.trust.name.taken"));
        }
        events.publishEvent(new OrganisationChanged(Part.HEALTH_TRUST, trust.id(), Change.CREATED,
                "name: " + stripped));
        return trust.id();
    }

    /** Renames a trust opened at {@code version}; refuses if someone else saved it meanwhile. */
    void renameTrust(UUID id, long version, String name) {
        HealthTrust trust = findTrust(id);
        checkVersion(trust.version(), version, "health_trust");
        String stripped = validateTrustName(name, trust);
        if (stripped.equals(trust.name())) {
            return;
        }
        String before = trust.name();
        trust.rename(stripped);
        save(() -> trusts.save(trust), "health_trust", "organisation.trust.name.taken");
        events.publishEvent(new OrganisationChanged(Part.HEALTH_TRUST, id, Change.UPDATED,
                "name: " + before + " -> " + stripped));
    }

    /** Deletes a trust that has no clinics; otherwise says why not. */
    void deleteTrust(UUID id, long version) {
        HealthTrust trust = findTrust(id);
        checkVersion(trust.version(), version, "health_trust");
        if (clinics.existsByTrustId(id)) {
            throw new InvalidInputException(FieldProblem.of(DELETE, "organisation.trust.delete.notEmpty"));
        }
        delete(() -> trusts.delete(trust), "health_trust", "organisation.trust.delete.notEmpty");
        events.publishEvent(new OrganisationChanged(Part.HEALTH_TRUST, id, Change.DELETED, "name: " + trust.name()));
    }

    UUID createClinic(UUID trustId, String name) {
        String stripped = validateClinic(trustId, name, null);
        Clinic clinic;
        try {
            clinic = clinics.save(Clinic.create(trustId, stripped));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException(FieldProblem.of("name", "organisation.clinic.name.taken"));
        }
        events.publishEvent(new OrganisationChanged(Part.CLINIC, clinic.id(), Change.CREATED,
                "name: " + stripped + "; trust: " + trustId));
        return clinic.id();
    }

    /** Renames a clinic opened at {@code version}, or moves it to another trust. */
    void updateClinic(UUID id, long version, UUID trustId, String name) {
        Clinic clinic = findClinic(id);
        checkVersion(clinic.version(), version, "clinic");
        String stripped = validateClinic(trustId, name, clinic);
        List<String> changes = new ArrayList<>();
        if (!stripped.equals(clinic.name())) {
            changes.add("name: " + clinic.name() + " -> " + stripped);
        }
        if (!trustId.equals(clinic.trustId())) {
            changes.add("trust: " + clinic.trustId() + " -> " + trustId);
        }
        if (changes.isEmpty()) {
            return;
        }
        clinic.change(trustId, stripped);
        save(() -> clinics.save(clinic), "clinic", "organisation.clinic.name.taken");
        events.publishEvent(new OrganisationChanged(Part.CLINIC, id, Change.UPDATED, String.join("; ", changes)));
    }

    /** Deletes a clinic that has no units; otherwise says why not. */
    void deleteClinic(UUID id, long version) {
        Clinic clinic = findClinic(id);
        checkVersion(clinic.version(), version, "clinic");
        if (units.existsByClinicId(id)) {
            throw new InvalidInputException(FieldProblem.of(DELETE, "organisation.clinic.delete.notEmpty"));
        }
        delete(() -> clinics.delete(clinic), "clinic", "organisation.clinic.delete.notEmpty");
        events.publishEvent(new OrganisationChanged(Part.CLINIC, id, Change.DELETED,
                "name: " + clinic.name() + "; trust: " + clinic.trustId()));
    }

    /** The trusts by name, for the clinic form's choice. */
    @Transactional(readOnly = true)
    List<TrustRow> trustChoices() {
        return trusts.findAll().stream()
                .sorted(Comparator.comparing(HealthTrust::name, String.CASE_INSENSITIVE_ORDER))
                .map(t -> new TrustRow(t.id(), t.name(), List.of()))
                .toList();
    }

    private String validateTrustName(String name, HealthTrust existing) {
        List<FieldProblem> problems = new ArrayList<>();
        String stripped = validateName(name, "organisation.trust.name.required", problems);
        if (problems.isEmpty() && (existing == null || !existing.name().equalsIgnoreCase(stripped))
                && trusts.existsByNameIgnoreCase(stripped)) {
            problems.add(FieldProblem.of("name", "organisation.trust.name.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return stripped;
    }

    private String validateClinic(UUID trustId, String name, Clinic existing) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean trustKnown = trustId != null && trusts.existsById(trustId);
        if (!trustKnown) {
            problems.add(FieldProblem.of("trustId", "organisation.clinic.trust.required"));
        }
        String stripped = validateName(name, "organisation.clinic.name.required", problems);
        boolean sameAsBefore = existing != null && existing.trustId().equals(trustId)
                && existing.name().equalsIgnoreCase(stripped);
        if (problems.isEmpty() && !sameAsBefore && clinics.existsByTrustIdAndNameIgnoreCase(trustId, stripped)) {
            problems.add(FieldProblem.of("name", "organisation.clinic.name.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return stripped;
    }

    private static String validateName(String name, String requiredKey, List<FieldProblem> problems) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            problems.add(FieldProblem.of("name", requiredKey));
        } else if (stripped.length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "validation.tooLong", NAME_MAX));
        }
        return stripped;
    }

    private static void checkVersion(Long stored, long opened, String objectType) {
        if (stored == null || stored != opened) {
            throw new ConcurrentEditException(objectType);
        }
    }

    private static void save(Runnable save, String objectType, String takenKey) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(objectType);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException(FieldProblem.of("name", takenKey));
        }
    }

    private static void delete(Runnable delete, String objectType, String notEmptyKey) {
        try {
            delete.run();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(objectType);
        } catch (DataIntegrityViolationException e) {
            // A clinic or unit was added between the check and the delete.
            throw new InvalidInputException(FieldProblem.of(DELETE, notEmptyKey));
        }
    }

    private HealthTrust findTrust(UUID id) {
        return trusts.findById(id).orElseThrow(() -> new NotFoundException("health_trust"));
    }

    private Clinic findClinic(UUID id) {
        return clinics.findById(id).orElseThrow(() -> new NotFoundException("clinic"));
    }
}
