package no.sammen.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fidelity")
@Tag(name = "Fidelity", description = "Fidelity to the PEF and IMR models per unit and half-year, measured from the "
        + "registrations: every item of the IMR and family psychoeducation fidelity scales (and four structural "
        + "features of the PEF model), with a score, its rule and the data behind it where the registrations "
        + "answer the item, and otherwise what an assessor would look at. Aggregate only; for the unit's members "
        + "who may read courses, analysts and administrators.")
class FidelityApiController {

    /** How an item came out. */
    enum Status {
        SCORED,
        TOO_LITTLE_DATA,
        NOT_FROM_REGISTRATIONS
    }

    record ItemResponse(String id, Integer number, FidelityScales.Origin origin, String name, String definition,
            List<String> anchors, Status status, Integer score, String rule, String basis, Map<String, Object> figures,
            String assessor) {
    }

    record ScaleResponse(String programme, String name, boolean registered, List<ItemResponse> items) {
    }

    record FidelityResponse(UUID unitId, String unitName, String halfYear, LocalDate from, LocalDate to,
            LocalDate countedUntil, boolean provisional, int scalesVersion, List<ScaleResponse> scales) {
    }

    private final FidelityService fidelity;
    private final FidelityTexts texts;

    FidelityApiController(FidelityService fidelity, FidelityTexts texts) {
        this.fidelity = fidelity;
        this.texts = texts;
    }

    @Operation(summary = "The fidelity of a unit in a half-year",
            description = "Every item with its status: SCORED (score 1–5 with the rule and the data behind it), "
                    + "TOO_LITTLE_DATA (no score; the data that was found), or NOT_FROM_REGISTRATIONS (what an "
                    + "assessor would look at). A half-year in progress is counted up to today and provisional. "
                    + "A malformed or future half-year is a field error on 'half'; an unknown unit, or one the "
                    + "user may not see, is 404. Texts in the request's language.")
    @GetMapping("/units/{unitId}")
    FidelityResponse unit(@PathVariable UUID unitId,
            @Parameter(description = "the half-year, yyyy-1 (January–June) or yyyy-2 (July–December); "
                    + "by default the latest complete one") @RequestParam(required = false) String half,
            Locale locale) {
        HalfYear chosen = half == null ? fidelity.defaultHalf() : HalfYear.parse(half, "half", fidelity.today());
        FidelityService.Report report = fidelity.report(unitId, chosen);
        return new FidelityResponse(report.unit().id(), report.unit().name(), chosen.toString(), chosen.from(),
                chosen.to(), report.asOf(), report.provisional(), report.scalesVersion(), report.scales().stream()
                        .map(s -> new ScaleResponse(s.scale().id(), s.scale().name(locale), s.registered(),
                                s.items().stream().map(i -> item(i, locale)).toList()))
                        .toList());
    }

    private ItemResponse item(FidelityService.ItemResult r, Locale locale) {
        FidelityScales.Item item = r.item();
        Status status = !r.computed() ? Status.NOT_FROM_REGISTRATIONS
                : r.score().tooLittleData() ? Status.TOO_LITTLE_DATA : Status.SCORED;
        return new ItemResponse(item.id(), item.number(), item.origin(), item.name(locale), item.definition(locale),
                texts.anchors(item, locale), status, r.computed() ? r.score().score() : null, item.rule(locale),
                r.computed() ? texts.basis(r.score(), locale) : null, r.computed() ? r.score().figures() : null,
                item.assessor(locale));
    }
}
