package no.sammen.web;

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
 */
@ControllerAdvice
class NationalIdBindingAdvice {

    @InitBinder
    void maskRejectedIds(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new MaskingProcessor());
    }

    static final class MaskingProcessor extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
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
