package no.sammen.groupprogramme;

/** The shift a session of a programme with a curriculum was held on. */
public enum SessionShift {
    DAY,
    EVENING
}
