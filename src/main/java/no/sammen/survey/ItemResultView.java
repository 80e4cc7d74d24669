package no.sammen.survey;

import java.util.Map;

import no.sammen.indicator.Suppression.SuppressionReason;

/**
 * One item's result in a round or a year: how many answered it, how each answer was given, and the share of
 * favourable answers among those counted (don't know and not relevant left out), with its 95 % Wilson interval.
 * When {@code suppression} is not NONE every figure is null: too few answers (PRIMARY), or hidden so that a hidden
 * figure cannot be worked out from a total (SECONDARY).
 */
public record ItemResultView(String itemId, Integer answered, Map<String, Integer> distribution, Integer favourable,
        Integer counted, Double share, Double lower, Double upper, SuppressionReason suppression) {

    public boolean hidden() {
        return suppression != SuppressionReason.NONE;
    }
}
