package dev.lekha.mappings.gst.gstr2b;

/**
 * One thing wrong in a GSTR-2B file.
 *
 * @param path    the JSON path, e.g. {@code data.docdata.b2b[3].inv[1].dt} (0-based indexes), or
 *                {@code (file)} for the file as a whole
 * @param message what is wrong and how to fix it
 */
public record Gstr2bProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
