package no.sammen.medicationfree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An eligibility assessment as pages and the API show it.
 *
 * @param eligible whether every criterion was met, and so the pathway chosen
 * @param unmet    the fields of the criteria not met, in the seed's order
 */
public record AssessmentView(UUID id, UUID courseId, LocalDate assessedOn, String clinicianName,
        String diagnosisCode, boolean psychosis, boolean voluntary, boolean wantsNonMedication,
        boolean professionallySound, boolean capacityToConsent, boolean noRisk, boolean eligible, String note,
        Instant recordedAt, List<String> unmet) {
}
