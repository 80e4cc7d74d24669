package no.sammen.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

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

    /** "Fant ikke forløpet" where the kind of object has a name, "Fant ikke siden" otherwise. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model, HttpServletRequest request, Locale locale) {
        layout.addTo(model, request, locale);
        model.addAttribute("notFound", messages.getMessage("error.notFound." + e.objectType(), null, null, locale));
        return "error/404";
    }

    /**
     * A value in the address that is not of its kind (an id that is no id, a page number that is no
     * number): "Ugyldig adresse", naming the part of the address, never repeating the value, which
     * may be a national id typed or pasted into the address. A script that asks for anything but
     * HTML gets the error address's Problem Details, as before.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badAddress(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        if (!String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains(MediaType.TEXT_HTML_VALUE)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        ExtendedModelMap model = new ExtendedModelMap();
        layout.addTo(model, request, locale);
        String part = messages.getMessage("error.badRequest.part." + e.getName(), null, e.getName(), locale);
        model.addAttribute("problems", List.of(new Problem(e.getName(),
                messages.getMessage("error.badRequest.invalidPart", new Object[] {part}, locale))));
        return new ModelAndView("error/bad-request", model, HttpStatus.BAD_REQUEST);
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
