package no.sammen.imr;

import java.time.Instant;
import java.time.LocalDate;

/** One saved wording of a goal; revision 1 is the goal as first written. */
public record ImrGoalRevisionView(int revision, Instant recordedAt, String recordedBy, LocalDate setOn, String goal,
        String steps) {
}
