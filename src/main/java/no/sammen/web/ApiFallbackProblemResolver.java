package no.sammen.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.sammen.shared.NationalIdMasking;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Problem Details for API requests that fail before reaching a controller: an address that does not
 * exist, a method the address does not take, a body type it does not read. {@link ApiProblemAdvice}
 * answers for the controllers; without this, such requests would get Spring Boot's own error JSON.
 * Pages are left to the usual error pages.
 */
@Component
class ApiFallbackProblemResolver implements HandlerExceptionResolver, Ordered {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiFallbackProblemResolver(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (handler instanceof HandlerMethod || !(ex instanceof ErrorResponse error)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        int status = error.getStatusCode().value();
        Locale locale = RequestContextUtils.getLocale(request);
        ProblemDetail problem = translated(error, messages, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.getTitle());
        body.put("status", status);
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        body.put("instance", NationalIdMasking.maskAddress(request.getRequestURI()));
        try {
            response.setStatus(status);
            error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(body));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /**
     * Spring's own Problem Detail of a framework error with its title in the caller's language, and
     * for a method not allowed, the methods the address takes; Spring's English detail is dropped
     * otherwise, as it may repeat what the caller sent.
     */
    static ProblemDetail translated(ErrorResponse error, MessageSource messages, Locale locale) {
        int status = error.getStatusCode().value();
        String key = switch (status) {
            case 404 -> "api.problem.notFound";
            case 405 -> "api.problem.methodNotAllowed";
            case 406 -> "api.problem.notAcceptable";
            case 415 -> "api.problem.unsupportedMediaType";
            default -> "api.problem.request";
        };
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(key, null, HttpStatus.valueOf(status).getReasonPhrase(), locale));
        if (error instanceof HttpRequestMethodNotSupportedException method && method.getSupportedMethods() != null) {
            problem.setDetail(messages.getMessage("api.problem.methodNotAllowed.detail",
                    new Object[] {String.join(", ", method.getSupportedMethods())}, locale));
        } else if (error instanceof MissingServletRequestParameterException missing) {
            problem.setDetail(missing.getParameterName() + ": "
                    + messages.getMessage("api.problem.missingParameter", null, locale));
            problem.setProperty("errors", java.util.List.of(Map.of("field", missing.getParameterName(), "message",
                    messages.getMessage("api.problem.missingParameter", null, locale))));
        }
        return problem;
    }
}
