package no.sammen.medicationfree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One eligibility assessment of a course for the medication-free pathway, met or not; never changed,
 * so that the history of assessments stays as it was. The latest decides.
 */
@Table("medication_free_assessment")
record Assessment(@Id UUID id, UUID courseId, LocalDate assessedOn, UUID clinicianId, String clinicianName,
        boolean psychosis, String diagnosisCode, boolean voluntary, boolean wantsNonMedication,
        boolean professionallySound, boolean capacityToConsent, boolean noRisk, boolean eligible, String note,
        Instant createdAt, @Version Long version) {

    boolean answer(Criterion criterion) {
        return switch (criterion) {
            case PSYCHOSIS -> psychosis;
            case VOLUNTARY -> voluntary;
            case WANTS_NON_MEDICATION -> wantsNonMedication;
            case PROFESSIONALLY_SOUND -> professionallySound;
            case CAPACITY_TO_CONSENT -> capacityToConsent;
            case NO_RISK -> noRisk;
        };
    }

    AssessmentView toView() {
        return new AssessmentView(id, courseId, assessedOn, clinicianName, diagnosisCode, psychosis, voluntary,
                wantsNonMedication, professionallySound, capacityToConsent, noRisk, eligible, note, createdAt,
                java.util.Arrays.stream(Criterion.values()).filter(c -> !answer(c)).map(Criterion::field).toList());
    }
}
