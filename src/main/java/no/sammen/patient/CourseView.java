package no.sammen.patient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A course as pages, the API and other modules see it. It holds no national id.
 *
 * @param responsibleUserId the clinician responsible for the course, or null (ADR 0019)
 * @param endReason how the course ended; null while it is active, and for a course ended before
 *                  reasons were recorded ("not recorded")
 */
public record CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
        String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
        LegalStatus legalStatus, Pathway pathway, long version, UUID responsibleUserId, CourseEndReason endReason) {

    /** A course with a responsible clinician (or none) and without an end reason. */
    public CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
            String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
            LegalStatus legalStatus, Pathway pathway, long version, UUID responsibleUserId) {
        this(id, patientId, patientKey, displayLabel, unitId, unitName, startDate, endDate, diagnosisCode, psychosis,
                legalStatus, pathway, version, responsibleUserId, null);
    }

    /** A course with an end reason (or none) and without a responsible clinician. */
    public CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
            String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
            LegalStatus legalStatus, Pathway pathway, long version, CourseEndReason endReason) {
        this(id, patientId, patientKey, displayLabel, unitId, unitName, startDate, endDate, diagnosisCode, psychosis,
                legalStatus, pathway, version, null, endReason);
    }

    /** A course without a responsible clinician and without an end reason. */
    public CourseView(UUID id, UUID patientId, String patientKey, String displayLabel, UUID unitId,
            String unitName, LocalDate startDate, LocalDate endDate, String diagnosisCode, boolean psychosis,
            LegalStatus legalStatus, Pathway pathway, long version) {
        this(id, patientId, patientKey, displayLabel, unitId, unitName, startDate, endDate, diagnosisCode, psychosis,
                legalStatus, pathway, version, null, null);
    }

    public boolean active() {
        return endDate == null;
    }
}
