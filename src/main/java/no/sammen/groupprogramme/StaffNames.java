package no.sammen.groupprogramme;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.security.ClinicianDirectory;
import no.sammen.security.ClinicianView;

import org.springframework.stereotype.Component;

/**
 * The staff who may lead a unit's groups, be qualified or be supervised there: its clinicians and
 * coordinators, by name.
 */
@Component
class StaffNames {

    private final ClinicianDirectory clinicians;

    StaffNames(ClinicianDirectory clinicians) {
        this.clinicians = clinicians;
    }

    /** The unit's staff by id, in name order. */
    Map<UUID, String> ofUnit(UUID unitId) {
        return clinicians.inUnits(java.util.Set.of(unitId)).stream().collect(Collectors.toMap(ClinicianView::id,
                ClinicianView::displayName, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    QualificationView view(StaffQualification q, Map<UUID, String> names) {
        return new QualificationView(q.id(), q.userId(), names.getOrDefault(q.userId(), "–"), q.unitId(), q.kind(),
                q.qualifiedOn(), q.validUntil(), q.version() == null ? 0 : q.version());
    }
}
