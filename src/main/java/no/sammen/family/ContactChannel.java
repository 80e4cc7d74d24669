package no.sammen.family;

/** How the unit got in touch with relatives. */
public enum ContactChannel {
    PHONE,
    MEETING,
    VIDEO,
    /** A letter, possibly handed to the patient to pass on: the only channel that may name no one. */
    LETTER
}
