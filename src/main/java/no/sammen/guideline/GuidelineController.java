package no.sammen.guideline;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guideline's recommendations as a page, for everyone signed in: it holds no person-level data. */
@Controller
class GuidelineController {

    private final Guideline guideline;

    GuidelineController(Guideline guideline) {
        this.guideline = guideline;
    }

    @GetMapping("/guideline")
    String catalog(Model model, Locale locale) {
        Guideline.Version current = guideline.current();
        model.addAttribute("catalog", current);
        model.addAttribute("source", current.source().getOrDefault(locale.getLanguage(), current.source().get("nb")));
        return "guideline/catalog";
    }
}
