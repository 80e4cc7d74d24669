package no.sammen.networkmeeting;

/** Why the network was not invited to a meeting during a course (seed 004's coded reasons). */
public enum NotInvitedReason {
    PATIENT_DECLINED,
    NO_NETWORK,
    PATIENT_TOO_ILL,
    DISCHARGED_BEFORE,
    NOT_RELEVANT,
    OTHER
}
