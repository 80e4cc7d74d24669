package no.sammen.guideline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One registration of a recommendation's state on a course, as pages and the API show it.
 *
 * @param sequence   its number in the history of the recommendation on the course, from 1; the
 *                   latest's is the version a change must send
 * @param stateOn    the day it was offered, started, declined or found unavailable; null otherwise
 * @param recordedAt when it was registered
 */
public record ChecklistEntryView(String recommendationId, int sequence, ChecklistState state, LocalDate stateOn,
        String reason, Instant recordedAt) {

    /** When it was registered, in Norwegian time: for pages. */
    public java.time.LocalDateTime recordedLocal() {
        return java.time.LocalDateTime.ofInstant(recordedAt, java.time.ZoneId.of("Europe/Oslo"));
    }
}
