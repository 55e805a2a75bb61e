package dev.lekha.mappings.einvoice;

/**
 * One reason a document cannot be sent to the IRP.
 *
 * @param documentNumber the document's number
 * @param lineNo         the document line's own number, or null for the document as a whole
 * @param field          the IRP field concerned, e.g. {@code ItemList.HsnCd} or {@code ValDtls.RndOffAmt}
 * @param message        what is wrong and how to fix it
 */
public record MappingProblem(String documentNumber, Integer lineNo, String field, String message) {

    @Override
    public String toString() {
        return documentNumber + (lineNo == null ? "" : " line " + lineNo) + " " + field + ": " + message;
    }
}
