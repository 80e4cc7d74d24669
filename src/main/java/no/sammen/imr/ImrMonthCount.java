package no.sammen.imr;

import java.time.YearMonth;

/** The sessions a unit held in one month (attended by the user), individual and in groups: K6. */
public record ImrMonthCount(YearMonth month, int individual, int group) {

    public int total() {
        return individual + group;
    }
}
