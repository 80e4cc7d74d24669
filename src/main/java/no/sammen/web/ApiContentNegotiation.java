package no.sammen.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Content negotiation on the API is decided before the controller is called, not after it ran: a
 * request whose {@code Accept} allows nothing the handler produces (its {@code produces}, or else JSON
 * and Problem Details) is refused with 406 before any work is done. Spring on its own would call the
 * controller and only then find that the answer cannot be written, after the write had committed, so
 * that a client retrying a write answered 406 created a duplicate.
 */
@Configuration(proxyBeanMethods = false)
class ApiContentNegotiation implements WebMvcConfigurer {

    static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    private final ContentNegotiationManager negotiation;

    ApiContentNegotiation(@org.springframework.context.annotation.Lazy ContentNegotiationManager negotiation) {
        this.negotiation = negotiation;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptableFirst()).addPathPatterns("/api/**");
    }

    private final class AcceptableFirst implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotAcceptableException {
            if (!(handler instanceof HandlerMethod method)
                    || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
                return true;
            }
            @SuppressWarnings("unchecked")
            Set<MediaType> declared = (Set<MediaType>) request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
            List<MediaType> producible = declared == null || declared.isEmpty() ? JSON : List.copyOf(declared);
            List<MediaType> accepted = negotiation.resolveMediaTypes(new ServletWebRequest(request));
            for (MediaType accept : accepted) {
                for (MediaType produced : producible) {
                    if (accept.isCompatibleWith(produced)) {
                        return true;
                    }
                }
            }
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
    }
}
