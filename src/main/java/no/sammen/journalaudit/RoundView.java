package no.sammen.journalaudit;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit round as lists and the API show it; no person-level data.
 *
 * @param seed      the seed of the draw; with the population and the sample size it draws the sample again
 * @param completed how many of the sampled records are completed
 */
public record RoundView(UUID id, UUID unitId, String unitName, AuditPeriod period, Population population,
        int checklistVersion, int sampleSize, int populationSize, long seed, String openedByName, Instant openedAt,
        int completed) {

    /** A round is provisional until every sampled record is completed. */
    public boolean provisional() {
        return completed < sampleSize;
    }
}
