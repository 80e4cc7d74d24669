package no.sammen.shared;

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

    private static boolean hasProperty(BindingResult binding, String field) {
        try {
            binding.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
