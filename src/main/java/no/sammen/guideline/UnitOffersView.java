package no.sammen.guideline;

import java.util.Map;
import java.util.UUID;

/**
 * What one unit offers of the catalog's offers.
 *
 * @param offers  by recommendation id, the usual waiting time in weeks (null: not known); an offer
 *                missing here is one the unit lacks
 * @param version the version to send with a change; 0 before anything was saved
 */
public record UnitOffersView(UUID unitId, String unitName, UUID clinicId, String clinicName,
        Map<String, Integer> offers, long version) {

    public boolean has(String recommendationId) {
        return offers.containsKey(recommendationId);
    }

    public Integer waitingWeeks(String recommendationId) {
        return offers.get(recommendationId);
    }
}
