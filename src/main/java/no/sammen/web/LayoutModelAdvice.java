package no.sammen.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.NationalIdMasking;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
        // an address typed or linked with a national id in it is not repeated on the page
        return NationalIdMasking.maskAddress(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * The address of the language links: this page with its query, less any {@code lang}, so that a
     * page whose address carries what it shows (a report's period, a list's filters) stays the same.
     */
    @ModelAttribute("languagePath")
    String languagePath(HttpServletRequest request) {
        String query = request.getQueryString();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return currentPath(request) + (kept.isEmpty() ? "" : "?" + NationalIdMasking.maskAddress(kept));
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }

    /**
     * The same attributes for a page rendered by an exception handler, whose model starts empty:
     * without them such a page has no {@code lang}, no menu and no logout button.
     */
    void addTo(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("me", me());
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("languagePath", languagePath(request));
        model.addAttribute("lang", lang(locale));
    }
}
