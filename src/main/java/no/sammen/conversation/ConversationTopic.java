package no.sammen.conversation;

/** What a basic conversation covered; each is a heading of the conversation guide. */
public enum ConversationTopic {
    /** Confidentiality, and what may be shared with whom. */
    CONFIDENTIALITY,
    /** How it is to be a relative, and what matters to them. */
    RELATIVE_EXPERIENCE,
    WARNING_SIGNS,
    /** A crisis, coping or safety plan. */
    CRISIS_PLAN,
    /** The unit's treatment offer and its offers to relatives (PEF, courses). */
    TREATMENT_OFFER,
    /** Children as relatives. */
    CHILDREN,
    FOLLOW_UP
}
