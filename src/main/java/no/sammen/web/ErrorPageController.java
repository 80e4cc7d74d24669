package no.sammen.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.sammen.shared.NationalIdMasking;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error address that the servlet container forwards to, in place of Spring Boot's, whose JSON
 * repeated the failed address (and so any national id in it) in {@code path}. A browser gets the
 * error page; anything else gets translated Problem Details whose {@code instance} is the failed
 * address with any id masked. Opened directly, with no error behind it, the address is "not found"
 * rather than a server error.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController implements ErrorController {

    private final LayoutModelAdvice layout;
    private final MessageSource messages;

    ErrorPageController(LayoutModelAdvice layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        layout.addTo(model, request, locale);
        model.addAttribute("problems", List.of());
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case BAD_REQUEST -> "error/bad-request";
            default -> "error";
        };
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        String key = switch (status) {
            case NOT_FOUND -> "api.problem.notFound";
            case FORBIDDEN -> "api.problem.forbidden";
            case UNAUTHORIZED -> "api.problem.unauthorized";
            case METHOD_NOT_ALLOWED -> "api.problem.methodNotAllowed";
            case NOT_ACCEPTABLE -> "api.problem.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "api.problem.unsupportedMediaType";
            default -> status.is4xxClientError() ? "api.problem.request" : "error.general.title";
        };
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(key, null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(NationalIdMasking.maskAddress(failedAddress(request))));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The failed request's address; the error address itself when opened directly. */
    static String failedAddress(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(Integer.parseInt(code.toString()));
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
