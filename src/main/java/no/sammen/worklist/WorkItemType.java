package no.sammen.worklist;

/** What the guideline expects in a course, in the order a clinician meets it. */
public enum WorkItemType {
    RELATIVES_CONTACT,
    CONVERSATION_PATIENT,
    CONVERSATION_RELATIVES,
    CONVERSATION_BOTH,
    CRISIS_PLAN,
    NETWORK_MEETING
}
