package no.sammen.journalaudit;

/**
 * What Sammen itself registers for a checklist item, so that the audit's finding can be compared with it
 * (the agreement of the audit with Sammen, a data-quality figure).
 */
public enum SammenCounterpart {
    /** A member of the network map is marked as the closest relative. */
    CLOSEST_RELATIVE,
    /** A contact with relatives (not a letter) is registered. */
    RELATIVE_CONTACT,
    /** A crisis plan that names warning signs is registered. */
    CRISIS_PLAN,
    /** The patient was asked about minor children. */
    CHILDREN
}
