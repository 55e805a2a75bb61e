package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A bank reverse file that cannot be read: every problem with its row and field. Nothing of it is applied. */
public class AcknowledgementFileException extends RuntimeException {

    private final String fileName;
    private final List<FieldProblem> problems;

    public AcknowledgementFileException(String fileName, List<FieldProblem> problems) {
        super(fileName + ": " + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
