package dev.lekha.mappings.gst.gstr3b;

/** A GSTR-3B JSON file that cannot be read: the message names the field (JSON path) and what is wrong. */
public class Gstr3bJsonException extends RuntimeException {

    private final String field;

    public Gstr3bJsonException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The JSON path of the offending field ({@code sup_details.osup_det.txval}); null for the file as a whole. */
    public String field() {
        return field;
    }
}
