package dev.lekha.mappings.invoice;

import dev.lekha.domain.invoice.IncomingSalesDocument;
import java.util.List;

/**
 * A file from the {@code sales-invoices} drop, read into documents: either every document (when
 * {@code errors} is empty) or the list of every problem found, each with row and column.
 */
public record SalesDocumentFile(String fileName, List<IncomingSalesDocument> documents, List<RowError> errors) {

    public SalesDocumentFile {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * @param row    1-based row in the sheet (header is row 1), or the document index for JSON; null if file-level
     * @param field  the column or JSON field
     * @param message what is wrong
     */
    public record RowError(Integer row, String field, String message) {
        @Override
        public String toString() {
            return (row == null ? "" : "row " + row + ": ") + (field == null ? "" : field + ": ") + message;
        }
    }
}
