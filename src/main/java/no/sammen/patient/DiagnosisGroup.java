package no.sammen.patient;

/** List filter on the diagnosis: psychosis (ICD-10 F20–F29), any other, or both. */
public enum DiagnosisGroup {
    ALL,
    PSYCHOSIS,
    OTHER
}
