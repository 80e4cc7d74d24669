package no.sammen.patient;

import java.time.LocalDate;
import java.util.UUID;

/** A course as pages, the API and other modules see it. It holds no national id. */
public record CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
        String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
        LegalStatus legalStatus, Pathway pathway, long version, UUID responsibleUserId) {

    /** A course without a responsible clinician. */
    public CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
            String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
            LegalStatus legalStatus, Pathway pathway, long version) {
        this(id, patientId, patientKey, displayLabel, unitId, unitName, startDate, endDate, diagnosisCode, psychosis,
                legalStatus, pathway, version, null);
    }

    public boolean active() {
        return endDate == null;
    }
}
