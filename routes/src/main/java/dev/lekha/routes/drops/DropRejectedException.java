package dev.lekha.routes.drops;

import java.util.List;

/**
 * The dropped file's content is wrong; thrown by a {@link DropChannel.DropHandler} before anything
 * is stored. Each problem becomes one line of the file's {@code .error.txt}, so each should name
 * the row (or document), the field and what is expected.
 */
public class DropRejectedException extends RuntimeException {

    private final List<String> problems;

    public DropRejectedException(List<String> problems) {
        super(problems.size() + " problem(s): " + String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejection needs at least one problem saying what is wrong");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
