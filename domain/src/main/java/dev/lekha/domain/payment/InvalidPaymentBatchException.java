package dev.lekha.domain.payment;

import java.util.List;
import java.util.stream.Collectors;

/** A batch that cannot be made as asked; lists every problem by row and field. Nothing was stored. */
public class InvalidPaymentBatchException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidPaymentBatchException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
