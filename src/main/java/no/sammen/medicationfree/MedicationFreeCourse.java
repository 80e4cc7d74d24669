package no.sammen.medicationfree;

import java.time.LocalDate;

import no.sammen.patient.CourseView;

/**
 * A course that uses or used the medication-free pathway, for a journal audit's sample.
 *
 * @param chosenOn the first day an assessment found it eligible; null for a course put on the pathway
 *                 before assessments were recorded
 */
public record MedicationFreeCourse(CourseView course, LocalDate chosenOn) {

    /** Whether the course is on the pathway now (it may have returned to the ordinary pathway). */
    public boolean onPathwayNow() {
        return course.pathway() == no.sammen.patient.Pathway.MEDICATION_FREE;
    }
}
