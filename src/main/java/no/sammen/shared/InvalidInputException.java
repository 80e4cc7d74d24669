package no.sammen.shared;

import java.util.List;

/**
 * Thrown by a module's service when a command breaks a domain rule. Nothing has been stored when it
 * is thrown; the web layer turns it into field messages on a form or a Problem Details answer.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input in field(s) " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
