package no.sammen.guideline;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Guideline offers", description = "What each unit offers of the guideline's measures, with the usual "
        + "waiting time: read by everyone signed in, changed by an administrator or a leader of the unit (audited).")
class UnitOfferApiController {

    private final UnitOfferService offers;

    UnitOfferApiController(UnitOfferService offers) {
        this.offers = offers;
    }

    @Operation(summary = "Every active unit's offers, by clinic and unit name: which DPS offers what")
    @GetMapping("/guideline/offers")
    List<UnitOffersView> all() {
        return offers.all();
    }

    @Operation(summary = "One unit's offers (an offer missing from `offers` is one the unit lacks)")
    @GetMapping("/units/{unitId}/guideline-offers")
    UnitOffersView unit(@PathVariable UUID unitId) {
        return offers.offers(unitId);
    }

    /**
     * @param version      the unit's offers' version as read (0 before anything was saved)
     * @param offered      whether the unit has the offer
     * @param waitingWeeks the usual waiting time in weeks, 0–104, or null when not known
     */
    record OfferChange(Long version, Boolean offered, Integer waitingWeeks) {
    }

    @Operation(summary = "Set whether a unit has one offer, and its usual waiting time; 409 when someone else "
            + "changed the unit's offers since `version`; 403 unless an administrator or a leader of the unit")
    @PutMapping("/units/{unitId}/guideline-offers/{recommendationId}")
    UnitOffersView change(@PathVariable UUID unitId, @PathVariable String recommendationId,
            @RequestBody OfferChange change) {
        return offers.change(unitId, change.version() == null ? 0 : change.version(), recommendationId,
                change.offered(), change.waitingWeeks());
    }
}
