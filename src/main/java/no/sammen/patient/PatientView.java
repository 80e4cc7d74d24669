package no.sammen.patient;

import java.util.UUID;

/** A patient: pseudonym and display label, never the national id. */
public record PatientView(UUID id, String patientKey, String displayLabel, boolean existing) {
}
