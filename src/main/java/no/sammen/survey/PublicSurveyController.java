package no.sammen.survey;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import no.sammen.shared.FormErrors;
import no.sammen.shared.InvalidInputException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public answer page, {@code /s/{key}}, without login: the questionnaire in the language of the address
 * ({@code ?lang=nb|nn|en}, no cookie), the answers posted back to the same address, and a thank-you page. Refused
 * input is shown again with each problem beside its item; a closed round and a round taking too many answers at
 * once say so. Nothing about the person answering is read or kept (ADR 0036); the pages are never cached.
 */
@Controller
class PublicSurveyController {

    private final SurveyService service;

    PublicSurveyController(SurveyService service) {
        this.service = service;
    }

    @GetMapping("/s/{key}")
    String page(@PathVariable String key, Model model, HttpServletResponse response) {
        return answerPage(service.publicRound(key), new AnswerForm(), model, response);
    }

    private String answerPage(SurveyService.PublicRound round, AnswerForm form, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("round", round.round());
        model.addAttribute("questionnaire", round.questionnaire());
        model.addAttribute("open", round.open());
        model.addAttribute("form", form);
        return "survey/answer";
    }

    @PostMapping("/s/{key}")
    String answer(@PathVariable String key, @ModelAttribute("form") AnswerForm form, BindingResult binding,
            Locale locale, Model model, HttpServletResponse response) {
        SurveyService.PublicRound round = service.publicRound(key);
        if (!binding.hasErrors()) {
            try {
                service.answer(key, form.getCode(), form.getAnswers());
                return "redirect:/s/" + key + "/thanks?lang=" + locale.getLanguage();
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            } catch (SurveyService.RoundClosedException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return answerPage(new SurveyService.PublicRound(round.round(), round.questionnaire(), false),
                        new AnswerForm(), model, response);
            } catch (SurveyService.TooManyAnswersException e) {
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, "60");
                model.addAttribute("busy", true);
                form.setCode(null);
                return answerPage(round, form, model, response);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return answerPage(round, form, model, response);
    }

    @GetMapping("/s/{key}/thanks")
    String thanks(@PathVariable String key, Model model, HttpServletResponse response) {
        SurveyService.PublicRound round = service.publicRound(key);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("round", round.round());
        model.addAttribute("questionnaire", round.questionnaire());
        return "survey/thanks";
    }
}
