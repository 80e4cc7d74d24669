package no.sammen.family;

/** The patient's answer when asked whether information may be shared with a network member. */
public enum ConsentStatus {
    GIVEN,
    NOT_GIVEN,
    /** Given for part of the information only; the scope says what in words. */
    PARTIAL;

    /** Whether this answer lets something be shared, and so can later be withdrawn. */
    public boolean permitsSharing() {
        return this != NOT_GIVEN;
    }
}
