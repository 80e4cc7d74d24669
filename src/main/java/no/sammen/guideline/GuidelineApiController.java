package no.sammen.guideline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Guideline", description = "The national psychosis guideline's recommendations: evidence level, "
        + "grade, and the courses each applies to.")
class GuidelineApiController {

    private final Guideline guideline;

    GuidelineApiController(Guideline guideline) {
        this.guideline = guideline;
    }

    @Operation(summary = "The guideline catalog, recommendations in catalog order, with names and texts in bokmål, "
            + "nynorsk and English: the version in use, or an earlier one kept (catalogVersion)")
    @GetMapping("/guideline")
    Guideline.Version catalog(@RequestParam(required = false) Integer catalogVersion) {
        if (catalogVersion == null) {
            return guideline.current();
        }
        return guideline.version(catalogVersion).orElseThrow(() -> new InvalidInputException(FieldProblem.of(
                "catalogVersion", "guideline.catalogVersion.unknown", guideline.versions().toString())));
    }
}
