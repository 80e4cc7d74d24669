package no.sammen.guideline;

import java.time.LocalDate;

/**
 * Family collaboration as the family module already knows it (the course facts of K1): the first direct
 * contact with a relative and its day in the course (day 0 is the start), or that the course is marked
 * «no relatives or network».
 */
public record FamilyContactAnswer(Status status, LocalDate firstContactOn, Long day) {

    public enum Status {
        /** Contacted on or before day 3. */
        IN_TIME,
        /** Contacted, but after day 3. */
        LATE,
        /** No contact yet, and day 3 has not passed. */
        NOT_YET,
        /** No contact, and day 3 has passed. */
        MISSED,
        /** Marked «no relatives or network». */
        NO_NETWORK
    }

    static final int WITHIN_DAYS = 3;

    static FamilyContactAnswer of(LocalDate start, LocalDate firstContactOn, boolean noNetwork, LocalDate today) {
        if (firstContactOn != null && start != null) {
            long day = java.time.temporal.ChronoUnit.DAYS.between(start, firstContactOn);
            return new FamilyContactAnswer(day <= WITHIN_DAYS ? Status.IN_TIME : Status.LATE, firstContactOn, day);
        }
        if (noNetwork) {
            return new FamilyContactAnswer(Status.NO_NETWORK, null, null);
        }
        boolean open = start == null || !today.isAfter(start.plusDays(WITHIN_DAYS));
        return new FamilyContactAnswer(open ? Status.NOT_YET : Status.MISSED, null, null);
    }
}
