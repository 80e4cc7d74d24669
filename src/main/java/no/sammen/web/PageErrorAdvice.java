package no.sammen.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages: an object that is missing or outside the user's units is a plain "not found"; a bad value
 * in a page's address (a form shows its own field errors) is "bad request" naming each field.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private final LayoutModelAdvice layout;
    private final MessageSource messages;

    PageErrorAdvice(LayoutModelAdvice layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    /** A rejected field as the error page lists it. */
    record Problem(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request, Locale locale) {
        layout.addTo(model, request, locale);
        return "error/404";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(InvalidInputException e, Model model, HttpServletRequest request, Locale locale) {
        layout.addTo(model, request, locale);
        List<Problem> problems = e.problems().stream()
                .map(p -> new Problem(p.field(), NationalIdMasking.mask(
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))))
                .toList();
        model.addAttribute("problems", problems);
        return "error/bad-request";
    }
}
