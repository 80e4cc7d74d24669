package no.sammen.patient;

/**
 * A course for a person given by national id. If the person is already a patient in the unit's
 * trust, the existing patient is used; if it has a course in one of the user's units, the label of
 * that course is kept, otherwise the course gets the label typed here.
 */
public record NewCourse(String nationalId, String displayLabel, CourseDetails details) {

    @Override
    public String toString() {
        return "NewCourse[nationalId=***, displayLabel=" + displayLabel + ", details=" + details + "]";
    }
}
