package no.sammen.medicationfree;

/** What happened to the pathway of a medication-free course after it was chosen. */
enum ChangeKind {
    /** The legal status changed to compulsory care and the pathway continues, for a reason given. */
    COMPULSORY_CONTINUED,
    /** The legal status changed to compulsory care and the course returned to the ordinary pathway. */
    COMPULSORY_RETURNED,
    /** The course returned to the ordinary pathway on the course form. */
    RETURNED
}
