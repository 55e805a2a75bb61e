package dev.lekha.mappings.gst.gstr1;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The books hold documents the GST portal would reject, so no GSTR-1 file is produced. The message is one line:
 * first every offending document's number (so that even a message cut short, as Spring Batch cuts exit
 * descriptions at 2,500 characters, names them all for a few hundred documents), then every problem
 * ({@link Gstr1Problem#toString()}, separated by {@code "; "}).
 */
public class Gstr1RejectedException extends RuntimeException {

    private final transient List<Gstr1Problem> problems;

    public Gstr1RejectedException(String gstin, String period, List<Gstr1Problem> problems) {
        super("GSTR-1 of " + gstin + " for " + period + " not produced, the portal would reject "
                + problems.size() + " problem(s) in " + documents(problems).size() + " document(s) "
                + String.join(", ", documents(problems)) + "; correct them and run again: "
                + problems.stream().map(Gstr1Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    private static java.util.Set<String> documents(List<Gstr1Problem> problems) {
        java.util.Set<String> documents = new java.util.LinkedHashSet<>();
        problems.forEach(p -> documents.add(p.document()));
        return documents;
    }

    public List<Gstr1Problem> problems() {
        return problems;
    }
}
