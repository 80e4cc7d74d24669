package no.sammen.shared;

import java.util.List;

/**
 * One rejected field: the field's name as the form and the API know it, and a message key with its
 * arguments so that the web layer can say it in the user's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
