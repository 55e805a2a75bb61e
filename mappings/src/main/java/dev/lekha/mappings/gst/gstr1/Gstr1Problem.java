package dev.lekha.mappings.gst.gstr1;

/**
 * Something the GST portal would reject, with where it is.
 *
 * @param document the document number (or section name for a totals problem, advance reference for an advance)
 * @param lineNo   the line number; null when the problem is the document's
 * @param field    the portal field (e.g. {@code ctin}, {@code pos}, {@code rt}, {@code sbpcode})
 * @param message  what is wrong and how to fix it
 */
public record Gstr1Problem(String document, Integer lineNo, String field, String message) {

    @Override
    public String toString() {
        return document + (lineNo == null ? "" : " line " + lineNo) + " " + field + ": " + message;
    }
}
