package no.sammen.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.organisation.UnitView;
import no.sammen.shared.FormErrors;
import no.sammen.shared.FormPost;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The staff's survey pages: a unit's rounds with the form that opens one, a round with its link, QR code, codes,
 * results and (for the leader) free texts, and the unit's results over the rounds with an SPC chart per item.
 */
@Controller
class SurveyController {

    private final SurveyService service;
    private final SurveyQuestionnaires questionnaires;
    private final SurveyChart chart;

    SurveyController(SurveyService service, SurveyQuestionnaires questionnaires, SurveyChart chart) {
        this.service = service;
        this.questionnaires = questionnaires;
        this.chart = chart;
    }

    private static UnitView chosen(List<UnitView> units, UUID unitId) {
        if (units.isEmpty()) {
            throw new NotFoundException("unit");
        }
        if (unitId == null) {
            return units.get(0);
        }
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    @GetMapping("/surveys")
    String rounds(@RequestParam(name = "unit", required = false) UUID unitId, Model model) {
        RoundForm form = new RoundForm();
        form.setOpensOn(service.today());
        form.setClosesOn(service.today().plusDays(27));
        return roundsPage(unitId, form, model);
    }

    private String roundsPage(UUID unitId, RoundForm form, Model model) {
        List<UnitView> units = service.units();
        UnitView unit = chosen(units, unitId);
        form.setUnitId(unit.id());
        List<RoundView> rounds = new java.util.ArrayList<>(service.rounds(unit.id()));
        java.util.Collections.reverse(rounds);
        model.addAttribute("units", units);
        model.addAttribute("unit", unit);
        model.addAttribute("rounds", rounds);
        model.addAttribute("today", service.today());
        model.addAttribute("mayManage", service.mayManage(unit.id()));
        model.addAttribute("minimum", service.minimumAnswers());
        model.addAttribute("questionnaires", questionnaires.latest());
        model.addAttribute("questionnaireIds", questionnaires.latest().stream().map(Questionnaire::id).toList());
        model.addAttribute("form", form);
        return "survey/rounds";
    }

    @PostMapping("/surveys/rounds")
    String open(@ModelAttribute("form") RoundForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            RoundView round = service.open(form.getUnitId(), form.request());
            return FormPost.redirect("/surveys/rounds/" + round.id(), "survey.round.opened");
        }, () -> roundsPage(form.getUnitId(), form, model));
    }

    static String publicLink(RoundView round) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(round.publicPath()).toUriString();
    }

    @GetMapping("/surveys/rounds/{roundId}")
    String round(@PathVariable UUID roundId, Locale locale, Model model) {
        RoundView round = service.round(roundId);
        Questionnaire questionnaire = service.questionnaireOf(round);
        String link = publicLink(round);
        model.addAttribute("round", round);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("link", link);
        model.addAttribute("qr", SurveyQrCode.svg(link, questionnaire.title(locale)));
        model.addAttribute("open", round.openOn(service.today()));
        model.addAttribute("mayManage", service.mayManage(round.unitId()));
        model.addAttribute("result", service.roundResults(roundId));
        model.addAttribute("freeTexts", service.freeTexts(roundId));
        model.addAttribute("minimum", service.minimumAnswers());
        model.addAttribute("codesForm", new CodesForm());
        return "survey/round";
    }

    /** How many single-use codes to make. */
    public static class CodesForm {

        private Integer count = 20;

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }
    }

    @PostMapping("/surveys/rounds/{roundId}/close")
    String close(@PathVariable UUID roundId, RedirectAttributes redirect) {
        service.close(roundId);
        redirect.addFlashAttribute("notice", "survey.round.closed");
        return "redirect:/surveys/rounds/" + roundId;
    }

    /**
     * Makes codes and shows them once, on a page made for printing; it is not kept (no-store) and is not shown
     * again: only the codes' hashes are stored.
     */
    @PostMapping("/surveys/rounds/{roundId}/codes")
    String codes(@PathVariable UUID roundId, @ModelAttribute("codesForm") CodesForm form, BindingResult binding,
            Locale locale, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                List<String> codes = service.makeCodes(roundId, form.getCount());
                RoundView round = service.round(roundId);
                model.addAttribute("round", round);
                model.addAttribute("questionnaire", service.questionnaireOf(round));
                model.addAttribute("link", publicLink(round));
                model.addAttribute("codes", codes);
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                return "survey/codes";
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            }
        }
        round(roundId, locale, model);
        model.addAttribute("codesForm", form);
        response.setStatus(400);
        return "survey/round";
    }

    @GetMapping("/surveys/rounds/{roundId}/poster")
    String poster(@PathVariable UUID roundId, Locale locale, Model model) {
        RoundView round = service.round(roundId);
        Questionnaire questionnaire = service.questionnaireOf(round);
        String link = publicLink(round);
        model.addAttribute("round", round);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("link", link);
        model.addAttribute("qr", SurveyQrCode.svg(link, questionnaire.title(locale)));
        return "survey/poster";
    }

    @GetMapping(value = "/surveys/rounds/{roundId}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable UUID roundId, Locale locale) {
        RoundView round = service.round(roundId);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(SurveyQrCode.svg(publicLink(round), service.questionnaireOf(round).title(locale)));
    }

    @GetMapping("/surveys/results")
    String results(@RequestParam(name = "unit", required = false) UUID unitId,
            @RequestParam(name = "questionnaire", required = false) String questionnaireId,
            @RequestParam(name = "item", required = false) String itemId, Locale locale, Model model) {
        List<UnitView> units = service.units();
        UnitView unit = chosen(units, unitId);
        String shownId = questionnaireId != null && questionnaires.latest(questionnaireId).isPresent()
                ? questionnaireId : questionnaires.latest().get(0).id();
        if (questionnaireId != null && !questionnaireId.equals(shownId)) {
            model.addAttribute("questionnaireError", "survey.round.questionnaire.unknown");
        }
        Questionnaire questionnaire = questionnaires.latest(shownId).orElseThrow();
        SurveyResults.UnitResults results = service.results(unit.id(), shownId);
        String shownItem = itemId != null && questionnaire.item(itemId).filter(i -> !i.freeText()).isPresent()
                ? itemId : questionnaire.countedItems().get(0).id();
        if (itemId != null && !itemId.equals(shownItem)) {
            model.addAttribute("itemError", "survey.results.item.unknown");
        }
        String itemText = questionnaire.item(shownItem).orElseThrow().text(locale);
        model.addAttribute("units", units);
        model.addAttribute("unit", unit);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("questionnaireIds", questionnaires.latest().stream().map(Questionnaire::id).toList());
        model.addAttribute("results", results);
        model.addAttribute("item", shownItem);
        model.addAttribute("itemIds", questionnaire.countedItems().stream().map(SurveyItem::id).toList());
        model.addAttribute("minimum", service.minimumAnswers());
        model.addAttribute("pChart", chart.render("p", results.rounds(), shownItem, itemText, unit.name(),
                unit.implementationStart(), locale));
        model.addAttribute("runChart", chart.render("run", results.rounds(), shownItem, itemText, unit.name(),
                unit.implementationStart(), locale));
        return "survey/results";
    }

    @GetMapping(value = "/surveys/results.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "unit") UUID unitId,
            @RequestParam(name = "questionnaire") String questionnaireId) {
        UnitView unit = service.readableUnit(unitId);
        SurveyResults.UnitResults results = service.results(unitId, questionnaireId);
        return csvResponse(unit, questionnaireId, results);
    }

    static ResponseEntity<byte[]> csvResponse(UnitView unit, String questionnaireId, SurveyResults.UnitResults results) {
        String name = "sammen-survey-" + unit.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + questionnaireId.toLowerCase(Locale.ROOT) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(SurveyCsv.write(unit.name(), results).getBytes(StandardCharsets.UTF_8));
    }
}
