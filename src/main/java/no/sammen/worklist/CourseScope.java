package no.sammen.worklist;

/** The worklist's filter by whose courses: all in the unit, or those the user is responsible for. */
public enum CourseScope {
    ALL,
    MINE
}
