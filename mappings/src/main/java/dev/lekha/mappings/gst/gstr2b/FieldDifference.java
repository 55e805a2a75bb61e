package dev.lekha.mappings.gst.gstr2b;

/**
 * A field that differs between the books and 2B, e.g. {@code taxable_value: books 1000.00, 2B 1100.00}.
 */
public record FieldDifference(String field, String books, String portal) {

    @Override
    public String toString() {
        return field + ": books " + books + ", 2B " + portal;
    }
}
