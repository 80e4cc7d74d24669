package no.sammen.imr;

import java.time.LocalDate;

/** A goal as the user put it, with the steps the user decided on (may be none yet). */
record ImrGoalRegistration(LocalDate setOn, String goal, String steps) {
}
