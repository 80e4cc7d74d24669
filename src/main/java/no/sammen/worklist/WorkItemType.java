package no.sammen.worklist;

/**
 * What the guideline expects in a course, in the order a clinician meets it. Each is due as many
 * days after the start as the catalog entry of its indicator says (its window, or else its due days),
 * so that the reminder a clinician sees and the number a leader sees are one definition.
 */
public enum WorkItemType {
    RELATIVES_CONTACT("K1"),
    CONVERSATION_PATIENT("K2_PATIENT"),
    CONVERSATION_RELATIVES("K2_RELATIVES"),
    CONVERSATION_BOTH("K2_BOTH"),
    CRISIS_PLAN("K3"),
    NETWORK_MEETING("K4A");

    private final String indicatorId;

    WorkItemType(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    /** The catalog entry that says when it is due. */
    String indicatorId() {
        return indicatorId;
    }
}
