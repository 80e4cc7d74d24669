package no.sammen.competence;

/** The registrations a counted plan item is counted from. */
public enum PracticeSource {
    /** Basic conversations held by the staff member, by kind. */
    CONVERSATION_PATIENT,
    CONVERSATION_RELATIVES,
    CONVERSATION_BOTH,
    /** Sessions of a PEF group the staff member's account leads. */
    PEF_SESSION_LED,
    /** PEF supervision sessions the staff member's account attended. */
    PEF_SUPERVISION,
    /** A qualification as PEF group leader registered for the staff member's account. */
    PEF_GROUP_LEADER_QUALIFIED,
    /** A qualification as IMR therapist registered for the staff member's account. */
    IMR_THERAPIST_QUALIFIED,
    /** Contacts with relatives the staff member made (a letter is an attempt, not a contact). */
    RELATIVES_CONTACTED,
    /** Held network meetings that name the staff member. */
    NETWORK_MEETING_TAKEN_PART,
    /** IMR sessions held: individual ones naming the staff member's account as therapist, group ones as leader. */
    IMR_SESSION_HELD
}
