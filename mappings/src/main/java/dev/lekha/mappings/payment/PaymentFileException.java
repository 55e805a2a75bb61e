package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A payment file that cannot be written (or an upload file that cannot be read): every problem by row and field. */
public class PaymentFileException extends RuntimeException {

    private final List<FieldProblem> problems;

    public PaymentFileException(String fileName, List<FieldProblem> problems) {
        super(fileName + ": " + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
