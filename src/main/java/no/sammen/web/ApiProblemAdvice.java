package no.sammen.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;

/**
 * The API's errors as RFC 9457 Problem Details in the caller's language (Accept-Language). Field
 * errors are listed under {@code errors}, each with the field's name and a message; rejected values
 * are never echoed, so that a mistyped national id does not come back in an answer.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    static final URI VALIDATION_TYPE = URI.create("urn:sammen:problem:validation");

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> fieldError(p.field(), message(p, locale)))
                .toList();
        return validationProblem(errors, locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), messages.getMessage(error, locale)));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(fieldError("", messages.getMessage(error, locale))));
        return validationProblem(errors, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = "";
        if (e.getCause() instanceof JacksonException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        }
        String message = messages.getMessage(field.isEmpty() ? "api.problem.unreadable" : "api.problem.badValue",
                null, locale);
        return validationProblem(List.of(fieldError(field, message)), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return validationProblem(List.of(fieldError(e.getName(), messages.getMessage("api.problem.badValue", null,
                locale))), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setTitle(messages.getMessage("api.problem.notFound", null, locale));
        return problem;
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setTitle(messages.getMessage("api.problem.conflict", null, locale));
        problem.setDetail(messages.getMessage("validation.concurrentEdit", null, locale));
        return problem;
    }

    /** Spring's own errors (wrong method, media type, missing parameter …), with a translated title. */
    @ExceptionHandler({ErrorResponseException.class,
        org.springframework.web.HttpRequestMethodNotSupportedException.class,
        org.springframework.web.HttpMediaTypeNotSupportedException.class,
        org.springframework.web.HttpMediaTypeNotAcceptableException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class})
    ProblemDetail frameworkError(org.springframework.web.ErrorResponse e, Locale locale) {
        return ApiFallbackProblemResolver.translated(e, messages, locale);
    }

    private ProblemDetail validationProblem(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(VALIDATION_TYPE);
        problem.setTitle(messages.getMessage("api.problem.validation", null, locale));
        problem.setDetail(NationalIdMasking.mask(errors.stream()
                .map(e -> (e.get("field").isEmpty() ? "" : e.get("field") + ": ") + e.get("message"))
                .reduce((a, b) -> a + " " + b).orElse("")));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String message(FieldProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale);
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", NationalIdMasking.mask(message));
    }
}
