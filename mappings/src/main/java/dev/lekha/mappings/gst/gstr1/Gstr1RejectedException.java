package dev.lekha.mappings.gst.gstr1;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The books hold documents the GST portal would reject, so no GSTR-1 file is produced. The message is one line
 * listing every problem ({@link Gstr1Problem#toString()}, separated by {@code "; "}), so a run's first error line
 * shows all of them.
 */
public class Gstr1RejectedException extends RuntimeException {

    private final transient List<Gstr1Problem> problems;

    public Gstr1RejectedException(String gstin, String period, List<Gstr1Problem> problems) {
        super("GSTR-1 of " + gstin + " for " + period + " not produced, the portal would reject "
                + problems.size() + " problem(s); correct the documents and run again: "
                + problems.stream().map(Gstr1Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Gstr1Problem> problems() {
        return problems;
    }
}
