package no.sammen.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The course-level facts of the family: whether the course is marked «no relatives or network»,
 * and the patient's minor children.
 *
 * @param version     for optimistic locking; null while nothing has been recorded for the course
 * @param noNetworkOn the day «no relatives or network» was marked; null when it is not marked, or for
 *                    a state read without it
 */
public record FamilyStateView(UUID courseId, boolean noNetwork, MinorChildren children, Long version,
        LocalDate noNetworkOn) {

    public FamilyStateView(UUID courseId, boolean noNetwork, MinorChildren children, Long version) {
        this(courseId, noNetwork, children, version, null);
    }
}
