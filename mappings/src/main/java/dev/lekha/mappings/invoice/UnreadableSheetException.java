package dev.lekha.mappings.invoice;

/** A bulk sheet cannot be read as a table at all (wrong format, broken quoting, too large). */
public final class UnreadableSheetException extends RuntimeException {

    UnreadableSheetException(String message) {
        super(message);
    }
}
