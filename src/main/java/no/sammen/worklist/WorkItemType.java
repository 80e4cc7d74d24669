package no.sammen.worklist;

/**
 * What the guideline expects in a course, in the order a clinician meets it. Each is due as many
 * days after the start as the catalog entry of its indicator says (its window, or else its due days),
 * so that the reminder a clinician sees and the number a leader sees are one definition. Each is done
 * when its day fact ({@code course_fact}) is there; those that concern relatives are not relevant for
 * a course marked "no relatives or network". The one exception is a day set on the course itself
 * rather than by an indicator: the day to revisit a shared decision ({@link #SHARED_DECISION_REVISIT},
 * due on its day fact while that is set, and never "done": a new decision moves or clears it).
 */
public enum WorkItemType {
    RELATIVES_CONTACT("K1", "first_direct_contact_on", true),
    CONVERSATION_PATIENT("K2_PATIENT", "patient_conversation_on", false),
    CONVERSATION_RELATIVES("K2_RELATIVES", "relatives_conversation_on", true),
    CONVERSATION_BOTH("K2_BOTH", "both_conversation_on", true),
    CRISIS_PLAN("K3", "crisis_plan_on", false),
    NETWORK_MEETING("K4A", "meeting_done_on", false),
    SHARED_DECISION("K7", "shared_decision_on", false),
    SHARED_DECISION_REVISIT(null, null, false, "shared_decision_revisit_on");

    private final String indicatorId;
    private final String doneFact;
    private final boolean concernsRelatives;
    private final String dueFact;

    WorkItemType(String indicatorId, String doneFact, boolean concernsRelatives) {
        this(indicatorId, doneFact, concernsRelatives, null);
    }

    WorkItemType(String indicatorId, String doneFact, boolean concernsRelatives, String dueFact) {
        this.indicatorId = indicatorId;
        this.doneFact = doneFact;
        this.concernsRelatives = concernsRelatives;
        this.dueFact = dueFact;
    }

    /** The day fact that says when it is due, for an item due on a day of its own; null for one due as its indicator says. */
    String dueFact() {
        return dueFact;
    }

    /** Whether it is due as an indicator's catalog entry says (otherwise on the day of {@link #dueFact}). */
    boolean fromCatalog() {
        return dueFact == null;
    }

    /** The catalog entry that says when it is due; null for an item due on a day of its own. */
    String indicatorId() {
        return indicatorId;
    }

    /** The day fact that says when it was done; null for an item due on a day of its own. */
    String doneFact() {
        return doneFact;
    }

    /** Whether "no relatives or network" makes it not relevant. */
    boolean concernsRelatives() {
        return concernsRelatives;
    }
}
