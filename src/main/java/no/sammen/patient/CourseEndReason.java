package no.sammen.patient;

/**
 * How a treatment course ended, recorded when it is ended (ADR 0021). A course ended before reasons
 * were recorded has none ("not recorded") and counts as any other ended course.
 */
public enum CourseEndReason {
    /** Discharged as planned. */
    DISCHARGED,
    /** Transferred to another unit: counts at the unit it left, as the catalog says. */
    TRANSFERRED,
    /** The patient broke off the treatment. */
    BROKE_OFF,
    /** The patient died: left out of the indicators about the end of a course (K3, K4). */
    DIED,
    OTHER
}
