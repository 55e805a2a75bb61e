package dev.lekha.mappings.gst.gstr2b;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A GSTR-2B file cannot be imported: it is not JSON, not a GSTR-2B, or some of its values are wrong.
 * Carries every problem found, each naming its JSON path.
 */
public class UnreadableGstr2bException extends RuntimeException {

    private final String fileName;
    private final List<Gstr2bProblem> problems;

    public UnreadableGstr2bException(String fileName, List<Gstr2bProblem> problems) {
        super(fileName + ": " + problems.stream().map(Gstr2bProblem::toString).collect(Collectors.joining("; ")));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    /** Every problem found; never empty. */
    public List<Gstr2bProblem> problems() {
        return problems;
    }
}
