package no.sammen.fidelity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.organisation.UnitView;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fidelity page of a unit and half-year (modelltrohet): for both programmes every item of the scale,
 * with a score, its rule and the data behind it where the registrations answer it, and otherwise what an
 * assessor would look at. The latest complete half-year unless another is chosen; one in progress is provisional.
 */
@Controller
class FidelityController {

    /** A half-year in the switch: its value ({@code 2026-1}) and its words. */
    record HalfChoice(String value, String label) {
    }

    private final FidelityService fidelity;
    private final FidelityTexts texts;

    FidelityController(FidelityService fidelity, FidelityTexts texts) {
        this.fidelity = fidelity;
        this.texts = texts;
    }

    /** The first unit the user may see, or the one chosen in the switch; a page of its own if there is none. */
    @GetMapping("/fidelity")
    String start(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String half,
            Model model) {
        List<UnitView> units = fidelity.units();
        UUID chosen = unitId != null ? unitId : units.isEmpty() ? null : units.get(0).id();
        if (chosen == null) {
            model.addAttribute("units", units);
            return "fidelity/unit";
        }
        return "redirect:/fidelity/units/" + chosen + (half == null || half.isBlank() ? ""
                : "?half=" + java.net.URLEncoder.encode(half, java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/fidelity/units/{unitId}")
    String unit(@PathVariable UUID unitId, @RequestParam(required = false) String half, Locale locale, Model model) {
        HalfYear chosen = fidelity.defaultHalf();
        String halfError = null;
        if (half != null && !half.isBlank()) {
            try {
                chosen = HalfYear.parse(half, "half", fidelity.today());
            } catch (InvalidInputException e) {
                halfError = e.problems().get(0).messageKey();
            }
        }
        FidelityService.Report report = fidelity.report(unitId, chosen);
        model.addAttribute("report", report);
        model.addAttribute("units", fidelity.units());
        model.addAttribute("halves", fidelity.choices().stream().map(h -> new HalfChoice(h.toString(),
                label(h, locale))).toList());
        model.addAttribute("halfLabel", label(chosen, locale));
        model.addAttribute("halfError", halfError);
        model.addAttribute("texts", texts);
        return "fidelity/unit";
    }

    private String label(HalfYear h, Locale locale) {
        return texts.message("fidelity.half.label." + h.half(), locale, String.valueOf(h.year()));
    }
}
