package no.sammen.shared;

import org.springframework.validation.BindingResult;

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
                binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
            }
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
