package no.sammen.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import no.sammen.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages: an object that is missing or outside the user's units is a plain "not found". */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private final LayoutModelAdvice layout;

    PageErrorAdvice(LayoutModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request, Locale locale) {
        layout.addTo(model, request, locale);
        return "error/404";
    }
}
