package no.sammen.family;

/** Whether the needs of the patient's minor children (information, follow-up) have been addressed. */
public enum ChildNeeds {
    YES,
    NO,
    NOT_YET
}
