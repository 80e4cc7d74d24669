package no.sammen.imr;

/** When a session was held: many of seed 002's sessions were on evening shifts. */
public enum Shift {
    DAY,
    EVENING
}
