package no.sammen.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the user in the header, the path for the language links. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final CurrentUserService currentUsers;

    LayoutModelAdvice(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Optional<CurrentUser> user = currentUsers.find();
        return user.orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }
}
