package dev.lekha.domain.gstadvance;

import java.util.List;

/** An advance that cannot be recorded; {@link #problems()} names every bad field. */
public class InvalidAdvanceException extends RuntimeException {

    private final List<String> problems;

    public InvalidAdvanceException(List<String> problems) {
        super("Advance refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
