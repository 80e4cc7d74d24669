package no.sammen.networkmeeting;

/** Why an invited network meeting did not take place. */
public enum NotHeldReason {
    NETWORK_DID_NOT_COME,
    PATIENT_WITHDREW,
    CANCELLED_BY_UNIT,
    DISCHARGED_OR_TRANSFERRED,
    OTHER
}
