package no.sammen.patient;

/** The ordinary pathway, or the medication-free pathway (medikamentfritt behandlingsforløp). */
public enum Pathway {
    ORDINARY,
    MEDICATION_FREE
}
