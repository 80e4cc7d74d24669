package no.sammen.patient;

import java.time.LocalDate;
import java.util.UUID;

/** The editable facts of a course. */
public record CourseDetails(UUID unitId, LocalDate startDate, String diagnosisCode, LegalStatus legalStatus,
        Pathway pathway) {
}
