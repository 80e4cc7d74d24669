package no.sammen.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.sammen.shared.NationalIdMasking;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The Problem Details (RFC 9457) that the security filters send on the API, before any controller or
 * advice is reached: 401 with its challenges, 403.
 */
final class ApiProblems {

    static final String BASIC_CHALLENGE = "Basic realm=\"Sammen\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"Sammen\"";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"Sammen\", error=\"invalid_token\"";

    private ApiProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
            String bearerChallenge) throws IOException {
        response.addHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.addHeader("WWW-Authenticate", bearerChallenge);
        write(request, response, messages, HttpStatus.UNAUTHORIZED);
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, MessageSource messages)
            throws IOException {
        write(request, response, messages, HttpStatus.FORBIDDEN);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
            HttpStatus status) throws IOException {
        var locale = RequestContextUtils.getLocale(request);
        String key = status == HttpStatus.UNAUTHORIZED ? "api.problem.unauthorized" : "api.problem.forbidden";
        String title = messages.getMessage(key, null, status.getReasonPhrase(), locale);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + jsonString(title) + ",\"status\":"
                + status.value() + ",\"instance\":" + jsonString(NationalIdMasking.maskAddress(request.getRequestURI())) + "}");
    }

    private static String jsonString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
