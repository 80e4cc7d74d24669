package no.sammen.shared;

import java.beans.PropertyDescriptor;
import java.util.List;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a service's field problems on a form, so that each appears beside its field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult binding, InvalidInputException e) {
        for (FieldProblem problem : e.problems()) {
            if (binding.getTarget() != null && binding.getFieldType(problem.field()) == null
                    && !hasProperty(binding, problem.field())) {
                binding.reject(problem.messageKey(), problem.arguments().toArray(), null);
            } else {
                rejectValue(binding, problem);
            }
        }
    }

    /**
     * The field's error; a rejected text holding a national id is kept masked, so that the form
     * shown again does not send the id back to the browser in the field's value.
     */
    private static void rejectValue(BindingResult binding, FieldProblem problem) {
        Object value = binding.getRawFieldValue(problem.field());
        if (value instanceof String text && NationalIdMasking.containsNationalIdLike(text)) {
            binding.addError(new FieldError(binding.getObjectName(), problem.field(), NationalIdMasking.mask(text),
                    false, binding.resolveMessageCodes(problem.messageKey(), problem.field()),
                    problem.arguments().toArray(), null));
        } else {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
        }
    }

    /**
     * Before a form is shown again: each text field (or text in a list field) that holds a national
     * id and has no error yet gets the national-id error, with its value masked, so that a form refused
     * for another field (or before the service looked at it) does not send the id back.
     */
    public static void maskNationalIds(BindingResult binding) {
        Object target = binding.getTarget();
        if (target == null) {
            return;
        }
        BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(target);
        for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
            String name = property.getName();
            if (property.getReadMethod() == null || !bean.isReadableProperty(name)) {
                continue;
            }
            Object value = bean.getPropertyValue(name);
            if (value instanceof String text) {
                maskField(binding, name, text);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String text) {
                        maskField(binding, name + "[" + i + "]", text);
                    }
                }
            }
        }
    }

    private static void maskField(BindingResult binding, String field, String text) {
        if (binding.hasFieldErrors(field) || !NationalIdMasking.containsNationalIdLike(text)) {
            return;
        }
        binding.addError(new FieldError(binding.getObjectName(), field, NationalIdMasking.mask(text), false,
                binding.resolveMessageCodes(NationalIdMasking.FIELD_ERROR, field), null, null));
    }

    private static boolean hasProperty(BindingResult binding, String field) {
        try {
            binding.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
