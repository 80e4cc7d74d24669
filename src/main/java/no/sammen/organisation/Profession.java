package no.sammen.organisation;

/** A staff member's profession, as competence statistics will count them. */
public enum Profession {
    PSYCHIATRIST,
    PHYSICIAN,
    PSYCHOLOGIST,
    NURSE,
    SOCIAL_WORKER,
    MILIEU_THERAPIST,
    OCCUPATIONAL_THERAPIST,
    OTHER
}
