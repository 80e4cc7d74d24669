package no.sammen.guideline;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The offers one unit has, replaced as a whole when its leader or an administrator saves them. */
@Table("unit_offer_set")
record UnitOfferSet(@Id UUID unitId, @MappedCollection(idColumn = "unit_id") Set<Offer> offers, Instant changedAt,
        @Version Long version) {

    UnitOfferSet {
        offers = offers == null ? Set.of() : Set.copyOf(offers);
    }

    /** One offer the unit has, with its usual waiting time in weeks if known. */
    @Table("unit_offer")
    record Offer(String recommendationId, Integer waitingWeeks) {
    }
}
