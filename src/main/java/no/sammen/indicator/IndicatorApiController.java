package no.sammen.indicator;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @Operation(summary = "The indicator catalog, in catalog order")
    @GetMapping("/indicators")
    List<IndicatorDefinition> catalog() {
        return indicators.catalog();
    }
}
