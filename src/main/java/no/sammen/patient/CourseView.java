package no.sammen.patient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A course as pages, the API and other modules see it. It holds no national id.
 *
 * @param endReason how the course ended; null while it is active, and for a course ended before
 *                  reasons were recorded ("not recorded")
 */
public record CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
        String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
        LegalStatus legalStatus, Pathway pathway, long version, CourseEndReason endReason) {

    /** A course without an end reason: active, or ended before reasons were recorded. */
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
