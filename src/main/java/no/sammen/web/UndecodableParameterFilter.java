package no.sammen.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A parameter that is not valid UTF-8 (e.g. {@code %FF}) or that carries a NUL character ({@code %00}) is
 * the caller's mistake: 400, logged at debug level without a stack trace and without the parameter's value
 * (which could be a national id). Left alone, the servlet container would log undecodable parameters at
 * error level with a stack trace on whatever first read them, and PostgreSQL refuses a NUL in any text
 * (a search for it would end in a server error). No form or person types a NUL.
 */
@Component
// After Spring Boot's character encoding filter (at the highest precedence): reading the parameters
// before it would decode every form as ISO-8859-1.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UndecodableParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UndecodableParameterFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        String refusal;
        try {
            refusal = carriesNul(request.getParameterMap()) ? "a NUL character" : null;
        } catch (InvalidParameterException e) {
            refusal = "a parameter that is not valid UTF-8";
        }
        if (refusal != null) {
            log.debug("Refused a request to {} with {}", request.getRequestURI().replaceAll("[0-9]", "#"), refusal);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
