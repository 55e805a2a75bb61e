package dev.lekha.mappings.invoice;

import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sales document could not be read at all (malformed JSON, wrong types, unknown fields), before
 * any business validation. Carries every problem found, each naming the field path.
 */
public class UnreadableSalesDocumentException extends RuntimeException {

    private final List<RowError> errors;

    public UnreadableSalesDocumentException(List<RowError> errors) {
        super(errors.stream().map(RowError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found; never empty. */
    public List<RowError> errors() {
        return errors;
    }
}
