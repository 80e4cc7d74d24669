package no.sammen.patient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The editable facts of a course.
 *
 * @param responsibleUserId the clinician responsible for the course (a user of its unit), or null for none
 */
public record CourseDetails(UUID unitId, LocalDate startDate, String diagnosisCode, LegalStatus legalStatus,
        Pathway pathway, UUID responsibleUserId) {

    /** Details without a responsible clinician. */
    public CourseDetails(UUID unitId, LocalDate startDate, String diagnosisCode, LegalStatus legalStatus,
            Pathway pathway) {
        this(unitId, startDate, diagnosisCode, legalStatus, pathway, null);
    }
}
