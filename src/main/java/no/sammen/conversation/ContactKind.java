package no.sammen.conversation;

/** The numbers every crisis plan lists. */
public enum ContactKind {
    /** The unit that treats the patient. */
    UNIT,
    /** The emergency primary care service (legevakt), 116 117. */
    PRIMARY_CARE_EMERGENCY,
    /** The medical emergency number, 113. */
    EMERGENCY
}
