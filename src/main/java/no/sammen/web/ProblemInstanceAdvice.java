package no.sammen.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import no.sammen.shared.NationalIdMasking;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every Problem Detail written by a controller or its advice names the request's address in
 * {@code instance} (Spring fills it in when a handler leaves it out) with any national id masked, so
 * that {@code GET /api/v1/courses/15038712486} is not answered with the id.
 */
@ControllerAdvice
class ProblemInstanceAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String address = request instanceof ServletServerHttpRequest servlet
                    ? address(servlet.getServletRequest()) : request.getURI().getRawPath();
            problem.setInstance(URI.create(NationalIdMasking.maskAddress(address)));
        }
        return body;
    }

    private static String address(HttpServletRequest request) {
        return ErrorPageController.failedAddress(request);
    }
}
