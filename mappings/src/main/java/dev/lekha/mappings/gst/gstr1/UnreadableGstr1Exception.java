package dev.lekha.mappings.gst.gstr1;

/** A file that is not a GSTR-1 JSON the portal's format describes; the message says which field. */
public class UnreadableGstr1Exception extends RuntimeException {

    public UnreadableGstr1Exception(String message) {
        super(message);
    }
}
