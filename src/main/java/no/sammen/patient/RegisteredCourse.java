package no.sammen.patient;

/** A newly registered course, and whether its patient was already known. */
public record RegisteredCourse(CourseView course, boolean existingPatient) {
}
