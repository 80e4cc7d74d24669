package no.sammen.competence;

import java.time.YearMonth;

/**
 * K9 of a unit for a month: the staff in the unit at the end of the month and those of them whose
 * competence plan was complete on that day. A month not yet ended is provisional.
 */
public record K9Month(YearMonth month, int staff, int complete, boolean provisional) {
}
