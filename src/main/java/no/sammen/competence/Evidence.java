package no.sammen.competence;

import java.time.LocalDate;
import java.util.UUID;

/** A registration a counted plan item was counted from: which kind, which registration, which day. */
public record Evidence(PracticeSource source, UUID registrationId, LocalDate on) {
}
