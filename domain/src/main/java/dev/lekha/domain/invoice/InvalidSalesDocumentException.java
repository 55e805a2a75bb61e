package dev.lekha.domain.invoice;

import java.util.List;
import java.util.stream.Collectors;

/** A sales document failed validation; carries every problem, each naming its document, line and field. */
public class InvalidSalesDocumentException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidSalesDocumentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param documentNumber the document it is in (null if the number itself is missing)
     * @param lineNo         the document line (1-based) or null for document-level fields
     * @param field          the field, as named in the JSON (e.g. {@code lines[2].cgst}, {@code supplierGstin})
     * @param message        what is wrong and, where it helps, the expected value
     */
    public record Problem(String documentNumber, Integer lineNo, String field, String message) {
        @Override
        public String toString() {
            return (documentNumber == null ? "" : "document " + documentNumber + ": ")
                    + (lineNo == null ? "" : "line " + lineNo + ": ") + field + ": " + message;
        }
    }
}
