package no.sammen.patient;

/** Whether the course is voluntary or under compulsory mental health care (tvungent psykisk helsevern). */
public enum LegalStatus {
    VOLUNTARY,
    COMPULSORY
}
