package no.sammen.family;

import java.util.UUID;

/**
 * The course-level facts of the family: whether the course is marked «no relatives or network»,
 * and the patient's minor children.
 *
 * @param version for optimistic locking; null while nothing has been recorded for the course
 */
public record FamilyStateView(UUID courseId, boolean noNetwork, MinorChildren children, Long version) {
}
