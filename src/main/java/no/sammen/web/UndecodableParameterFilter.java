package no.sammen.web;

import java.io.IOException;

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
 * A parameter that is not valid UTF-8 (e.g. {@code %FF}) is the caller's mistake: 400, logged at debug
 * level without a stack trace and without the parameter's value (which could be a national id). Left
 * alone, the servlet container would log it at error level with a stack trace on whatever first read the
 * parameters.
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
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            log.debug("Refused a request to {} with a parameter that is not valid UTF-8", request.getRequestURI()
                    .replaceAll("[0-9]", "#"));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
