package no.sammen.indicator;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators", description = "The indicator catalog: what each indicator counts, its target levels "
        + "and its minimum denominator.")
class IndicatorApiController {

    private final IndicatorService indicators;

    IndicatorApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Operation(summary = "The indicator catalog, in catalog order: the version in use, or an earlier one kept "
            + "(catalogVersion) so that values computed under it can be computed again")
    @GetMapping("/indicators")
    List<IndicatorDefinition> catalog(@RequestParam(required = false) Integer catalogVersion) {
        return indicators.catalog(catalogVersion);
    }

    /** The catalog versions kept, and the one in use. */
    record CatalogVersions(int inUse, List<Integer> kept) {
    }

    @Operation(summary = "The versions of the indicator catalog kept, oldest first, and the one in use")
    @GetMapping("/indicators/catalog-versions")
    CatalogVersions versions() {
        return new CatalogVersions(indicators.catalogVersion(), indicators.catalogVersions());
    }
}
