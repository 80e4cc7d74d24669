package no.sammen.medicationfree;

import java.time.LocalDate;

/**
 * What a clinician answers in an eligibility assessment; the diagnosis and the legal status are read
 * from the course. A null answer is a question not answered.
 *
 * @param courseVersion the version of the course the clinician read, so that a course changed meanwhile
 *                      (e.g. to compulsory care) is not assessed on what it no longer says
 * @param note          optional words of the clinician, e.g. what was agreed
 */
record AssessmentAnswers(Long courseVersion, LocalDate assessedOn, Boolean wantsNonMedication,
        Boolean professionallySound, Boolean capacityToConsent, Boolean noRisk, String note) {
}
