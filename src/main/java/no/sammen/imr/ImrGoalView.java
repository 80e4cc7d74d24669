package no.sammen.imr;

import java.time.LocalDate;
import java.util.UUID;

/** A goal in the user's own words, with the steps the user decided on. */
public record ImrGoalView(UUID id, UUID courseId, LocalDate setOn, String goal, String steps, long version) {
}
