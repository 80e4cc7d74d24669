package no.sammen.survey;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what the public answer page takes: a post to {@code /s/...} larger than {@code
 * sammen.survey.max-body-bytes}, or of unknown length, is refused with 413 before it is read.
 */
class AnswerBodyLimitFilter extends OncePerRequestFilter {

    /** Registered for the public pages only, and kept out of the web test slices of other modules. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<AnswerBodyLimitFilter> answerBodyLimit(SurveyProperties properties) {
            FilterRegistrationBean<AnswerBodyLimitFilter> registration =
                    new FilterRegistrationBean<>(new AnswerBodyLimitFilter(properties));
            registration.addUrlPatterns("/s/*");
            return registration;
        }
    }

    private final SurveyProperties properties;

    AnswerBodyLimitFilter(SurveyProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/s/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > properties.maxBodyBytes()) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
