package no.sammen.patient;

/** List filter: active (no end date), ended, or both. */
public enum CourseStatus {
    ALL,
    ACTIVE,
    ENDED
}
