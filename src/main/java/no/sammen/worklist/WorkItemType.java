package no.sammen.worklist;

/**
 * What the guideline expects in a course, in the order a clinician meets it. Each is due as many
 * days after the start as the catalog entry of its indicator says (its window, or else its due days),
 * so that the reminder a clinician sees and the number a leader sees are one definition. Each is done
 * when its day fact ({@code course_fact}) is there; those that concern relatives are not relevant for
 * a course marked "no relatives or network".
 */
public enum WorkItemType {
    RELATIVES_CONTACT("K1", "first_direct_contact_on", true),
    CONVERSATION_PATIENT("K2_PATIENT", "patient_conversation_on", false),
    CONVERSATION_RELATIVES("K2_RELATIVES", "relatives_conversation_on", true),
    CONVERSATION_BOTH("K2_BOTH", "both_conversation_on", true),
    CRISIS_PLAN("K3", "crisis_plan_on", false),
    NETWORK_MEETING("K4A", "meeting_done_on", false);

    private final String indicatorId;
    private final String doneFact;
    private final boolean concernsRelatives;

    WorkItemType(String indicatorId, String doneFact, boolean concernsRelatives) {
        this.indicatorId = indicatorId;
        this.doneFact = doneFact;
        this.concernsRelatives = concernsRelatives;
    }

    /** The catalog entry that says when it is due. */
    String indicatorId() {
        return indicatorId;
    }

    /** The day fact that says when it was done. */
    String doneFact() {
        return doneFact;
    }

    /** Whether "no relatives or network" makes it not relevant. */
    boolean concernsRelatives() {
        return concernsRelatives;
    }
}
