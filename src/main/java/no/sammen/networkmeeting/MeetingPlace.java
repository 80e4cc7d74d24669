package no.sammen.networkmeeting;

/** Where a network meeting was held: wherever suits the patient best. */
public enum MeetingPlace {
    PATIENT_HOME,
    UNIT,
    MUNICIPALITY_OR_GP,
    VIDEO,
    PHONE,
    OTHER
}
