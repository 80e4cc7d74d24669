package no.sammen.implementation;

/** A member's role in the unit's improvement team (seed 001: an interdisciplinary team per unit). */
public enum TeamRole {
    LEADER,
    RELATIVES_COORDINATOR,
    PEF_COORDINATOR,
    EXPERIENCE_CONSULTANT,
    OTHER
}
