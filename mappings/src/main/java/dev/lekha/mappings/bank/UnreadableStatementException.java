package dev.lekha.mappings.bank;

import java.util.List;

/**
 * The statement file cannot be imported as it is: each problem names the row (or line, or entry), the
 * field and what was expected, so a person can fix the file.
 */
public class UnreadableStatementException extends RuntimeException {

    private final List<String> problems;

    public UnreadableStatementException(List<String> problems) {
        super(problems.size() + " problem(s): " + String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public UnreadableStatementException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
