package no.sammen.conversation;

/** The three basic conversations (basissamtaler) of a course. */
public enum ConversationKind {
    /** With the patient alone. */
    PATIENT,
    /** With one or more relatives, without the patient. */
    RELATIVES,
    /** With the patient and relatives together. */
    BOTH;

    /** A conversation with relatives needs at least one member of the private network. */
    public boolean needsRelative() {
        return this != PATIENT;
    }
}
