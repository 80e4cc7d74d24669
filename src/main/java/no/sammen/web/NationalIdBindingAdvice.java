package no.sammen.web;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A form value that did not bind (a national id typed into a date or number field) is kept masked in
 * its error, so that the form shown again does not send the id back in the field's value.
 *
 * <p>A version that does not bind (the hidden {@code version} of a form, or a {@code …Version} such as
 * the course's, altered or cut short) is no field the user can put right: showing the form again
 * would mark nothing and send the same bad value back. It is a bad request instead, answered by
 * the error page (or Problem Details) that names the field and asks to open the page again.
 */
@ControllerAdvice
class NationalIdBindingAdvice {

    @InitBinder
    void maskRejectedIds(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new MaskingProcessor());
    }

    static final String UNREADABLE_VERSION = "validation.version.unreadable";

    static boolean isVersion(String property) {
        return property != null && (property.equals("version") || property.endsWith("Version"));
    }

    static final class MaskingProcessor extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            if (isVersion(ex.getPropertyName())) {
                throw new InvalidInputException(FieldProblem.of(ex.getPropertyName(), UNREADABLE_VERSION));
            }
            Object value = ex.getValue();
            if (value instanceof String[] values && values.length == 1) {
                value = values[0];
            }
            if (!(value instanceof String text) || !NationalIdMasking.containsNationalIdLike(text)) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, NationalIdMasking.mask(text),
                    true, bindingResult.resolveMessageCodes(ex.getErrorCode(), field),
                    getArgumentsForBindError(bindingResult.getObjectName(), field), null));
        }
    }
}
