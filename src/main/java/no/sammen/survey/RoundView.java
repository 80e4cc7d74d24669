package no.sammen.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A survey round as its unit's staff see it.
 *
 * @param publicKey the key of the public link {@code /s/{publicKey}}
 * @param closedOn  the day it was closed before its end, or null
 */
public record RoundView(UUID id, UUID unitId, String unitName, String questionnaire, int questionnaireVersion,
        LocalDate opensOn, LocalDate closesOn, LocalDate closedOn, String publicKey, boolean codesRequired,
        String openedByName, Instant openedAt, int unusedCodes) {

    /** Whether answers are taken on {@code today}. */
    public boolean openOn(LocalDate today) {
        return closedOn == null && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** The path of the public answer page. */
    public String publicPath() {
        return "/s/" + publicKey;
    }
}
